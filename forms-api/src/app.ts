/**
 * Builds the application: third-party wiring (plugins/external/), our services and hooks
 * (plugins/app/, and monitoring/), then every route (routes/index.ts); unless disabled for API-only
 * tests, the Astro site too. One error handler hides 5xx details.
 */
import Fastify, {
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyServerOptions,
  type RouteOptions,
} from 'fastify';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { fromRepoRoot } from '../../core/repo-paths.ts';
import { loadMonitoringConfig } from '../../monitoring/src/monitoring-config.ts';
import monitoring from '../../monitoring/src/plugin.ts';
import { splitBody } from './attachments/multipart-body.ts';
import { loadServerContent } from './config/content.ts';
import type { Env } from './config/env.ts';
import { SERVER_ERROR, clientErrorBody, clientView, drainRefusedBody } from './http/errors.ts';
import { logSerializers } from './http/log-serializers.ts';
import antispam from './plugins/app/antispam.ts';
import appealStatusReports from './plugins/app/appeal-status-reports.ts';
import { STATUS_PAGE_PATH } from '../../content/schemas/forms/status-lookup.ts';
import appeals from './plugins/app/appeals.ts';
import attachments from './plugins/app/attachments.ts';
import database from './plugins/app/database.ts';
import originCheck from './plugins/app/origin-check.ts';
import outbox from './plugins/app/outbox.ts';
import site from './plugins/app/site.ts';
import staff from './plugins/app/staff.ts';
import submissions from './plugins/app/submissions.ts';
import compression from './plugins/external/compression.ts';
import formBody from './plugins/external/form-body.ts';
import multipart from './plugins/external/multipart.ts';
import rateLimit from './plugins/external/rate-limit.ts';
import securityHeaders from './plugins/external/security-headers.ts';
import { registerRoutes } from './routes/index.ts';
import { createServerSearchIndex } from './site/search-index.ts';

export interface BuildOptions {
  env: Env;
  /** Serve the built site too (the default). API tests run without a build. */
  serveSite?: boolean;
  logger?: FastifyServerOptions['logger'];
  /** The clock for sessions and the audit log; tests pass a fixed one. */
  now?: () => Date;
  /** Sees every route as it is added: the hostile-input suite walks the server's own route table. */
  onRoute?: (route: RouteOptions) => void;
}

export async function buildApp({
  env,
  serveSite = true,
  logger = false,
  now,
  onRoute,
}: BuildOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: typeof logger === 'object' ? { ...logger, serializers: logSerializers } : logger,
    trustProxy: env.TRUST_PROXY,
    // Slow clients cannot hold a connection open forever.
    requestTimeout: 30_000,
    bodyLimit: 1024 * 1024,
    // A path that does not decode (`/%E0%A4%A`, overlong UTF-8) or an over-long parameter: in Russian too.
    frameworkErrors: (error, _request, reply: FastifyReply) => {
      void reply.code(400).send(clientErrorBody(error.code));
    },
  });
  if (onRoute) app.addHook('onRoute', onRoute);

  // Before any route: Fastify binds a route to the error handler in force when the route is added.
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const { status, code } = clientView(error);
    if (status >= 500) {
      request.log.error({ err: error, url: request.url }, 'request failed');
      return reply.code(status).send(SERVER_ERROR);
    }
    drainRefusedBody(request.raw, reply);
    return reply.code(status).send(clientErrorBody(code));
  });

  await app.register(securityHeaders);
  await app.register(compression);
  await app.register(database, { url: env.DATABASE_URL, migrate: true });
  await app.register(originCheck, { publicOrigin: env.PUBLIC_ORIGIN });
  await app.register(formBody);
  await app.register(multipart);
  await app.register(rateLimit);
  if (!env.FORM_SECRET)
    app.log.warn('FORM_SECRET is not set: form tokens and file links only work within this process');
  // Without a configured secret, tokens are valid for this process only (fine for one embedded server).
  const secret = env.FORM_SECRET ?? randomBytes(32).toString('hex');
  await app.register(antispam, { secret, maxCounter: env.ALTCHA_MAX_COUNTER, minFillMs: env.FORM_MIN_FILL_MS });
  await app.register(attachments, { dir: fromRepoRoot(env.ATTACHMENTS_DIR), secret, ...(now ? { now } : {}) });
  const content = loadServerContent();
  const { calendar, sla, refusalGrounds, company } = content;
  await app.register(submissions, { content, ...(now ? { now } : {}) });
  await app.register(outbox, { env, content });
  await app.register(monitoring, {
    config: loadMonitoringConfig(company),
    db: app.database.db,
    secret: env.UPTIME_KUMA_WEBHOOK_SECRET,
    multipartFields: (body) => splitBody(body, true).fields,
    ...(now ? { now } : {}),
  });
  await app.register(staff, {
    sessionMinutes: env.STAFF_SESSION_MINUTES,
    secureCookie: env.STAFF_COOKIE_SECURE ?? env.TRUST_PROXY !== false,
    ...(now ? { now } : {}),
  });
  await app.register(appeals, {
    calendar,
    sla,
    refusalGrounds,
    company,
    mailFrom: env.MAIL_FROM,
    statusPageUrl: `${env.PUBLIC_ORIGIN}${STATUS_PAGE_PATH}`,
    ...(now ? { now } : {}),
  });
  await app.register(appealStatusReports, { timeZone: company.timeZone, refusalGrounds, ...(now ? { now } : {}) });
  if (serveSite) {
    await app.register(site, {
      distDir: fromRepoRoot(env.SITE_DIST),
      host: env.HOST,
      publicOrigin: env.PUBLIC_ORIGIN,
      locals: {
        submissions: app.submissions,
        statusLookup: app.statusLookup,
        appealReports: app.appealReports,
        antispam: app.antispam,
        monitoring: app.monitoring,
        staff: app.staff,
        appeals: app.appeals,
        calendar,
        now: now ?? (() => new Date()),
        searchIndex: createServerSearchIndex(join(fromRepoRoot(env.SITE_DIST), 'client', 'pagefind')),
      },
    });
  }
  await registerRoutes(app, {
    rateLimitMax: env.FORMS_RATE_LIMIT_MAX,
    timeZone: company.timeZone,
    now: now ?? (() => new Date()),
    serveSite,
    calendar,
  });

  return app;
}
