/**
 * Production entry: serves the built site and the API from one process.
 * Logs as JSON for machines, pretty only when a person watches a terminal; closes gracefully
 * on SIGTERM/SIGINT so in-flight requests finish before the database closes.
 */
import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.ts';
import type { Env } from './config/env.ts';

export async function startServer(env: Env): Promise<void> {
  const app = await buildApp({ env, logger: { level: env.LOG_LEVEL } });

  closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'closing after an error');
    else app.log.info({ signal }, 'closing');
    await app.close();
  });

  await app.listen({ host: env.HOST, port: env.PORT });
}
