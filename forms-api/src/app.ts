/**
 * Builds the application: security headers and compression, the database, the API routes and,
 * unless disabled for API-only tests, the Astro site. One error handler hides 5xx details.
 */
import Fastify, { type FastifyError, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { fromRepoRoot } from '../../core/repo-paths.ts';
import { logSerializers } from './http/log-serializers.ts';
import type { Env } from './config/env.ts';
import compression from './plugins/external/compression.ts';
import securityHeaders from './plugins/external/security-headers.ts';
import { randomBytes } from 'node:crypto';
import formbody from '@fastify/formbody';
import multipart from '@fastify/multipart';
import { MAX_FILE_BYTES, MAX_FILES } from './attachments/multipart-body.ts';
import attachments from './plugins/app/attachments.ts';
import rateLimit from '@fastify/rate-limit';
import antispam from './plugins/app/antispam.ts';
import database from './plugins/app/database.ts';
import monitoring from './plugins/app/monitoring.ts';
import site from './plugins/app/site.ts';
import { loadMonitoringConfig } from './monitoring/monitoring-config.ts';
import complianceRoutes from './routes/api/monitoring/compliance.ts';
import uptimeKumaRoutes from './routes/api/monitoring/uptime-kuma.ts';
import staff from './plugins/app/staff.ts';
import healthRoutes from './routes/api/health.ts';
import staffAuditLogRoutes from './routes/api/staff/audit-log.ts';
import appealsReportRoutes from './routes/api/staff/appeals-report.ts';
import staffAttachmentRoutes from './routes/api/staff/attachments.ts';
import appeals from './plugins/app/appeals.ts';
import { loadWorkCalendar } from '../../core/calendar/load.ts';
import { loadRefusalGrounds, loadSla } from './appeals/load-sla.ts';
import { loadCompany } from '../../core/content/company.ts';
import outbox from './plugins/app/outbox.ts';
import submissions from './plugins/app/submissions.ts';
import appealStatusReports from './plugins/app/appeal-status-reports.ts';
import formRoutes from './routes/api/forms/index.ts';
import openApiRoutes from './routes/api/docs/openapi.ts';
import originCheck from './plugins/app/origin-check.ts';
import { API_NOT_FOUND, SERVER_ERROR, clientErrorBody } from './http/errors.ts';
import { createServerSearchIndex } from './site/search-index.ts';
import { join } from 'node:path';

export interface BuildOptions {
  env: Env;
  /** Serve the built site too (the default). API tests run without a build. */
  serveSite?: boolean;
  logger?: FastifyServerOptions['logger'];
  /** The clock for sessions and the audit log; tests pass a fixed one. */
  now?: () => Date;
}

export async function buildApp({ env, serveSite = true, logger = false, now }: BuildOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: typeof logger === 'object' ? { ...logger, serializers: logSerializers } : logger,
    trustProxy: env.TRUST_PROXY,
    // Slow clients cannot hold a connection open forever.
    requestTimeout: 30_000,
    bodyLimit: 1024 * 1024,
  });

  // Before any route: Fastify binds a route to the error handler in force when the route is added.
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = typeof error.statusCode === 'number' && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) {
      request.log.error({ err: error, url: request.url }, 'request failed');
      return reply.code(status).send(SERVER_ERROR);
    }
    return reply.code(status).send(clientErrorBody(error.code));
  });

  await app.register(securityHeaders);
  await app.register(compression);
  await app.register(database, { url: env.DATABASE_URL, migrate: true });
  await app.register(originCheck, { publicOrigin: env.PUBLIC_ORIGIN });
  await app.register(formbody);
  await app.register(multipart, {
    // Files are checked by their bytes in the route; these limits stop oversized requests early.
    attachFieldsToBody: true,
    limits: { files: MAX_FILES, fileSize: MAX_FILE_BYTES, fields: 60, fieldSize: 20_000, parts: 70 },
  });
  // Limits are per route (config.rateLimit), so pages and health checks are never throttled.
  await app.register(rateLimit, { global: false });
  if (!env.FORM_SECRET)
    app.log.warn('FORM_SECRET is not set: form tokens and file links only work within this process');
  // Without a configured secret, tokens are valid for this process only (fine for one embedded server).
  const secret = env.FORM_SECRET ?? randomBytes(32).toString('hex');
  await app.register(antispam, { env, secret });
  await app.register(attachments, { dir: fromRepoRoot(env.ATTACHMENTS_DIR), secret });
  const calendar = loadWorkCalendar();
  const sla = loadSla();
  await app.register(submissions, { calendar, sla, ...(now ? { now } : {}) });
  await app.register(outbox, { env });
  await app.register(monitoring, { config: loadMonitoringConfig() });
  await app.register(staff, {
    sessionMinutes: env.STAFF_SESSION_MINUTES,
    secureCookie: env.STAFF_COOKIE_SECURE ?? env.TRUST_PROXY,
    ...(now ? { now } : {}),
  });
  await app.register(appeals, {
    calendar,
    sla,
    refusalGrounds: loadRefusalGrounds(),
    mailFrom: env.MAIL_FROM,
    ...(now ? { now } : {}),
  });
  const company = loadCompany();
  await app.register(appealStatusReports, { timeZone: company.timeZone, ...(now ? { now } : {}) });
  await app.register(healthRoutes);
  await app.register(openApiRoutes);
  await app.register(formRoutes, { rateLimitMax: env.FORMS_RATE_LIMIT_MAX });
  await app.register(uptimeKumaRoutes, { secret: env.UPTIME_KUMA_WEBHOOK_SECRET });
  await app.register(complianceRoutes);
  await app.register(staffAuditLogRoutes, { timeZone: company.timeZone });
  await app.register(appealsReportRoutes, { timeZone: company.timeZone, now: now ?? (() => new Date()) });
  await app.register(staffAttachmentRoutes);
  if (serveSite) {
    await app.register(site, {
      distDir: fromRepoRoot(env.SITE_DIST),
      host: env.HOST,
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
  } else {
    app.setNotFoundHandler((_request, reply) => reply.code(404).send(API_NOT_FOUND));
  }

  return app;
}
