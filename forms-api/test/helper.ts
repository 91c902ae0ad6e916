/** Builds the app for a test and closes it when the test ends (fastify/demo test/helper.ts). */
import type { TestContext } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.ts';
import { loadEnv } from '../src/config/env.ts';

export async function build(
  t: TestContext,
  env: Record<string, string> = {},
  options: { serveSite?: boolean; now?: () => Date } = {},
): Promise<FastifyInstance> {
  const app = await buildApp({
    env: loadEnv({ DATABASE_URL: 'sqlite::memory:', ...env }),
    serveSite: options.serveSite ?? false,
    ...(options.now ? { now: options.now } : {}),
  });
  t.after(() => app.close());
  return app;
}
