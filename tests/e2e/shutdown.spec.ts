/** SIGTERM and SIGINT stop the one-process server cleanly: it logs why, closes and exits with code 0. */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { fromRepoRoot } from '../../core/repo-paths.ts';

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  test(`${signal} closes the server gracefully`, async ({ request }, testInfo) => {
    // A port of its own next to the suite's server, so both can run at once.
    const port = 4400 + testInfo.workerIndex * 2 + (signal === 'SIGTERM' ? 0 : 1);
    const dir = mkdtempSync(join(tmpdir(), 'es-shutdown-'));
    const server = spawn(process.execPath, ['--experimental-strip-types', 'forms-api/src/cli/serve.ts'], {
      cwd: fromRepoRoot('.'),
      env: {
        ...process.env,
        PORT: String(port),
        DATABASE_URL: `sqlite:${join(dir, 'db.sqlite')}`,
        LOG_LEVEL: 'info',
        // `npm run serve` is the production start: it refuses to run without its secrets.
        FORM_SECRET: randomBytes(32).toString('hex'),
        UPTIME_KUMA_WEBHOOK_SECRET: randomBytes(32).toString('hex'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await expect
      .poll(async () => (await request.get(`http://127.0.0.1:${port}/api/health`).catch(() => null))?.status(), {
        timeout: 20_000,
      })
      .toBe(200);

    const exited = once(server, 'exit');
    server.kill(signal);
    const [code] = (await exited) as [number | null];
    expect(code).toBe(0);
    expect(output).toContain('"msg":"closing"');
    expect(output).toContain(`"signal":"${signal}"`);
  });
}
