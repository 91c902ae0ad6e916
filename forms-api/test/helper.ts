/** Builds the app for a test and closes it when the test ends (fastify/demo test/helper.ts). */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp, type BuildOptions } from '../src/app.ts';
import { loadEnv } from '../src/config/env.ts';
import { TEST_ANTISPAM_ENV } from './support/antispam.ts';

export async function build(
  t: TestContext,
  env: Record<string, string> = {},
  options: { serveSite?: boolean; now?: () => Date } = {},
): Promise<FastifyInstance> {
  const app = await buildTestApp(env, options);
  t.after(() => app.close());
  return app;
}

/** The same app for a suite's `before` hook; the caller closes it in `after`. */
export function buildTestApp(
  env: Record<string, string> = {},
  options: { serveSite?: boolean; now?: () => Date; onRoute?: BuildOptions['onRoute'] } = {},
): Promise<FastifyInstance> {
  return buildApp({
    // Mail goes to a throwaway folder unless a test points SMTP_URL at its own sink.
    env: loadEnv({
      DATABASE_URL: 'sqlite::memory:',
      MAIL_OUTBOX_DIR: mkdtempSync(join(tmpdir(), 'es-mail-')),
      ATTACHMENTS_DIR: mkdtempSync(join(tmpdir(), 'es-files-')),
      ...TEST_ANTISPAM_ENV,
      ...env,
    }),
    serveSite: options.serveSite ?? false,
    ...(options.now ? { now: options.now } : {}),
    ...(options.onRoute ? { onRoute: options.onRoute } : {}),
  });
}
