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
  /** How long a staff console session lasts after signing in, in minutes (default: a working day). */
  STAFF_SESSION_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .default(480),
  /** Send the staff session cookie only over HTTPS; defaults to TRUST_PROXY (HTTPS ends at the proxy). */
  STAFF_COOKIE_SECURE: booleanFlag.optional(),
  /** Retention: staff audit log entries older than this many days are deleted by `npm run retention`. */
  AUDIT_LOG_RETENTION_DAYS: z.coerce.number().int().min(30).default(1825),
  /**
   * Retention: appeals and their files older than this many days are deleted by `npm run retention`
   * (requirements §4.2: at least 12 months; 5 years covers the limitation period).
   */
  SUBMISSION_RETENTION_DAYS: z.coerce
    .number()
    .int()
    .min(365, { message: 'Keep appeals at least 365 days' })
    .default(1825),
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
