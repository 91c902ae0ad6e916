/**
 * The CMS admin built for local editing (`npm run cms`) talks to decap-server, which writes
 * files without any sign-in. Such a build is only served to this machine: when the server
 * listens on anything but loopback, /admin/ answers 403. Production builds use the Git host's
 * sign-in instead (cms/README.md).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ADMIN_LOCAL_ONLY =
  'Редактор с локальным хранилищем доступен только на этом компьютере (адрес 127.0.0.1). Для работы через интернет соберите сайт с Git-хостингом: см. cms/README.md.';

export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** True when the built admin is configured for decap-server (see cms/config.ts). */
export function adminUsesLocalBackend(clientDir: string): boolean {
  const config = join(clientDir, 'admin', 'config.yml');
  return existsSync(config) && /^local_backend:/m.test(readFileSync(config, 'utf8'));
}

export function refuseAdmin(clientDir: string, host: string): boolean {
  return adminUsesLocalBackend(clientDir) && !isLoopbackHost(host);
}
