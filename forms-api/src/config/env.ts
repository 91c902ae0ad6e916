/**
 * Environment settings, validated once at startup. Every key is documented in `.env.example`;
 * nothing else in the code reads `process.env`.
 */
import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0'], { message: 'Use true or false' })
  .transform((value) => value === 'true' || value === '1');

export const EnvSchema = z.object({
  /** Interface to listen on; loopback by default, a reverse proxy sits in front in production. */
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4321),
  /**
   * `sqlite:<path>` (the embedded default) or `postgres://user:pass@host:port/db`.
   * A relative SQLite path is resolved from the repository root.
   */
  DATABASE_URL: z
    .string()
    .regex(/^(sqlite:.+|postgres(ql)?:\/\/.+)$/, { message: 'Use sqlite:<path> or postgres://…' })
    .default('sqlite:var/site.sqlite'),
  /** Set behind nginx or another proxy so that client IPs and https are taken from X-Forwarded-*. */
  TRUST_PROXY: booleanFlag.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Folder of the Astro build (client files, server entry, _headers.json). */
  SITE_DIST: z.string().min(1).default('dist'),
});

export type Env = z.output<typeof EnvSchema>;

/** Parses the environment or throws one readable error that lists every bad key. */
export function loadEnv(source: Record<string, string | undefined>): Env {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  return result.data;
}
