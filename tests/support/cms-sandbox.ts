/**
 * A throwaway copy of the repository running `npm run cms` (decap-server + site + rebuild on
 * change), so CMS tests and the publish benchmark edit files that are deleted afterwards and
 * never the real content/. node_modules is linked entry by entry, so the copy's own build caches
 * (node_modules/.astro, .vite) stay separate from the real ones.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitUntilReady } from '../../cms/cli/front-door.ts';
import { fromRepoRoot } from '../../core/repo-paths.ts';

const COPIED = [
  'site',
  'content',
  'core',
  'cms',
  'forms-api',
  'monitoring',
  'astro.config.mjs',
  'package.json',
  'tsconfig.json',
];
const OWN_CACHES = new Set(['.astro', '.vite']);
/**
 * The copy is no git checkout, so «Дата обновления» comes from file times: content files look
 * last changed on this day, and a published edit visibly moves a page's date to now.
 */
export const SANDBOX_CONTENT_DATE = new Date('2026-01-15T03:00:00Z');

export interface CmsSandbox {
  root: string;
  site: string;
  stop: () => Promise<void>;
}

function copyRepository(): string {
  const root = mkdtempSync(join(tmpdir(), 'es-cms-'));
  for (const name of COPIED) cpSync(fromRepoRoot(name), join(root, name), { recursive: true });
  for (const name of readdirSync(join(root, 'content'), { recursive: true, encoding: 'utf8' })) {
    utimesSync(join(root, 'content', name), SANDBOX_CONTENT_DATE, SANDBOX_CONTENT_DATE);
  }
  mkdirSync(join(root, 'node_modules'));
  for (const name of readdirSync(fromRepoRoot('node_modules'))) {
    if (!OWN_CACHES.has(name)) symlinkSync(fromRepoRoot(join('node_modules', name)), join(root, 'node_modules', name));
  }
  return root;
}

export async function startCmsSandbox(port: number, cmsPort: number): Promise<CmsSandbox> {
  const root = copyRepository();
  const child = spawn(process.execPath, ['cms/cli/cms.ts'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), CMS_PORT: String(cmsPort), ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  const site = `http://127.0.0.1:${String(port)}`;
  const stop = async () => {
    if (child.exitCode === null && child.pid !== undefined) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      // The runner and its children (decap-server, the site server) share one process group.
      process.kill(-child.pid, 'SIGTERM');
      await exited;
    }
    rmSync(root, { recursive: true, force: true });
  };
  try {
    await waitUntilReady(`${site}/admin/`, 180_000, () =>
      child.exitCode === null ? undefined : `npm run cms exited with ${String(child.exitCode)}`,
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return { root, site, stop };
}
