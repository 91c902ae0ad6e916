/** Runs work against the built site served by the real server on a port of the benchmark's own. */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { fromRepoRoot } from '../../core/repo-paths.ts';

export interface SiteServerOptions {
  port: number;
  /** A SQLite file of the benchmark's own under var/. */
  database: string;
  /** Another build than the project's dist/. */
  distDir?: string;
}

export async function withSiteServer<T>(
  { port, database, distDir }: SiteServerOptions,
  work: (baseUrl: string) => Promise<T>,
): Promise<T> {
  const server = spawn(process.execPath, ['forms-api/src/cli/serve.ts'], {
    cwd: fromRepoRoot('.'),
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      ...(distDir ? { SITE_DIST: distDir } : {}),
      DATABASE_URL: `sqlite:var/${database}`,
      LOG_LEVEL: 'warn',
      // `npm run serve` refuses to start without its secrets; benchmarks use throwaway ones.
      FORM_SECRET: process.env['FORM_SECRET'] ?? randomBytes(32).toString('hex'),
      UPTIME_KUMA_WEBHOOK_SECRET: process.env['UPTIME_KUMA_WEBHOOK_SECRET'] ?? randomBytes(32).toString('hex'),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${String(port)}`;
  const state: { exited: number | null } = { exited: null };
  server.once('exit', (code) => {
    state.exited = code ?? -1;
  });
  try {
    for (let attempt = 0; ; attempt += 1) {
      if (state.exited !== null)
        throw new Error(`the server exited with code ${String(state.exited)} before it answered`);
      const ok = await fetch(`${baseUrl}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      if (attempt > 150) throw new Error('the server did not start');
      await sleep(200);
    }
    return await work(baseUrl);
  } finally {
    server.kill();
  }
}
