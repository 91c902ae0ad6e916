/**
 * Environment settings, validated once at startup. Every key is documented in `.env.example`;
 * nothing else in the server reads `process.env` (the monitoring commands parse their keys themselves).
 */
import { z } from 'zod';
import { monitoringEnvShape } from '../../../monitoring/src/env.ts';
import { parseWithFriendlyErrors } from '../../../content/schemas/friendly-errors.ts';

const booleanFlag = z
  .enum(['true', 'false', '1', '0'], { message: 'Use true or false' })
  .transform((value) => value === 'true' || value === '1');

export const EnvSchema = z
  .object({
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
    /**
     * Set behind nginx or another proxy so that client IPs and https are taken from X-Forwarded-*:
     * `true` trusts a proxy on this machine (loopback) as the one hop; a comma-separated list of proxy
     * addresses/CIDRs trusts only those. The header is read from the right and stops at the first
     * untrusted address, so a client cannot pick its own IP and escape the rate limits.
     */
    TRUST_PROXY: z
      .string()
      .regex(/^(true|false|[01]|[0-9a-fA-F.:/]+(\s*,\s*[0-9a-fA-F.:/]+)*)$/, {
        message: 'Use false, true (a proxy on this machine) or a list of proxy addresses',
      })
      .default('false')
      .transform((value): false | string => {
        if (value === 'false' || value === '0') return false;
        return value === 'true' || value === '1' ? 'loopback' : value;
      }),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** Folder of the Astro build (client files, server entry, _headers.json). */
    SITE_DIST: z.string().min(1).default('dist'),
    // UPTIME_KUMA_* and MONITORING_*: monitoring/src/env.ts.
    ...monitoringEnvShape,
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
    /**
     * Outgoing mail server, e.g. `smtp://user:pass@mail.example.ru:587` or `smtps://…:465`.
     * Unset: mail is written as .eml files to MAIL_OUTBOX_DIR instead of being sent.
     */
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\/.+/, { message: 'Use smtp://host:port or smtps://host:port' })
      .optional(),
    /** Sender of the acknowledgements and notifications, e.g. `Интернет-приёмная <noreply@example.ru>`. */
    MAIL_FROM: z.string().min(3).default('Интернет-приёмная <noreply@energosbyt.example>'),
    /** Folder for .eml files when SMTP_URL is unset (relative to the repository root). */
    MAIL_OUTBOX_DIR: z.string().min(1).default('var/outbox'),
    /** How often the outbox worker looks for due mail (retries, rows left by a crashed process). */
    OUTBOX_POLL_MS: z.coerce.number().int().min(50).default(2000),
    /** How long a claimed row is reserved; after that another worker may take it over. */
    OUTBOX_LEASE_MS: z.coerce.number().int().min(1000).default(60_000),
    /** First retry delay after a temporary SMTP failure; each further retry waits three times longer. */
    OUTBOX_RETRY_BASE_MS: z.coerce.number().int().min(10).default(10_000),
    /**
     * Secret that signs form tokens and proof-of-work challenges (at least 32 characters). Required
     * with several API processes, which must share it; unset, each process makes its own.
     */
    FORM_SECRET: z.string().min(32, { message: 'Use at least 32 random characters' }).optional(),
    /** A form submitted sooner than this after the page was served is treated as a bot's. */
    FORM_MIN_FILL_MS: z.coerce.number().int().min(0).default(3000),
    /** ALTCHA difficulty: the largest counter a browser may have to try (10000 solves in well under 1 s). */
    ALTCHA_MAX_COUNTER: z.coerce.number().int().min(10).default(10_000),
    /** Folder for uploaded documents, outside the web root (relative to the repository root). */
    ATTACHMENTS_DIR: z.string().min(1).default('var/attachments'),
    /**
     * Public address of the site, for links in e-mails, e.g. https://www.example.ru. Unset, it is
     * the address this server listens on (HOST and PORT), so links work on a developer's machine.
     */
    PUBLIC_ORIGIN: z.url({ message: 'Use a full address such as https://www.example.ru' }).optional(),
    /** Submissions per IP address per minute, per API process. */
    FORMS_RATE_LIMIT_MAX: z.coerce.number().int().min(1).default(10),
    /** Attempts before a message is marked failed (with the defaults, about two days). */
    OUTBOX_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(12),
  })
  .transform((env) => ({ ...env, PUBLIC_ORIGIN: env.PUBLIC_ORIGIN ?? servedOrigin(env.HOST, env.PORT) }));

/** The origin this server answers on: an IPv6 host in brackets, a wildcard host as loopback. */
function servedOrigin(host: string, port: number): string {
  const reachable = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
  return `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${port}`;
}

export type Env = z.output<typeof EnvSchema>;

/** Parses the environment or throws one readable error that lists every bad key. */
export function loadEnv(source: Record<string, string | undefined>): Env {
  return parseWithFriendlyErrors(EnvSchema, source, 'Invalid environment:');
}

/**
 * The settings, or one sentence per bad setting for an administrator (the CLIs print them and exit
 * without a stack trace; issue 15, finding 13).
 */
export function readEnv(source: Record<string, string | undefined>): { env: Env } | { problems: string[] } {
  const result = EnvSchema.safeParse(source);
  if (result.success) return { env: result.data };
  return {
    problems: result.error.issues.map((issue) => {
      const key = issue.path.join('.') || 'environment';
      return `Setting ${key} is invalid: ${issue.message.replace(/\.$/, '')}.`;
    }),
  };
}

/**
 * `npm run serve` is production: one sentence naming the secrets it needs and lacks, or undefined.
 * Without FORM_SECRET every file link and form token dies at a restart and differs between processes;
 * without the webhook secret monitoring alerts are refused. `npm start` keeps its per-process defaults.
 */
export function missingProductionSecrets(env: Env): string | undefined {
  const missing = [
    ['FORM_SECRET', env.FORM_SECRET],
    ['UPTIME_KUMA_WEBHOOK_SECRET', env.UPTIME_KUMA_WEBHOOK_SECRET],
  ].flatMap(([name, value]) => (value ? [] : [name]));
  if (missing.length === 0) return undefined;
  return `npm run serve needs ${missing.join(' and ')} set (random secrets, e.g. \`openssl rand -hex 32\`; see .env.example), or use npm start for a local try-out.`;
}
