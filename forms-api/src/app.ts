/**
 * Builds the application: security headers and compression, the database, the API routes and,
 * unless disabled for API-only tests, the Astro site. One error handler hides 5xx details.
 */
import Fastify, { type FastifyError, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { fromRepoRoot } from './config/paths.ts';
import type { Env } from './config/env.ts';
import compression from './plugins/external/compression.ts';
import securityHeaders from './plugins/external/security-headers.ts';
import database from './plugins/app/database.ts';
import monitoring from './plugins/app/monitoring.ts';
import site from './plugins/app/site.ts';
import { loadMonitoringConfig } from './monitoring/monitoring-config.ts';
import complianceRoutes from './routes/api/monitoring/compliance.ts';
import uptimeKumaRoutes from './routes/api/monitoring/uptime-kuma.ts';
import staff from './plugins/app/staff.ts';
import healthRoutes from './routes/api/health.ts';
import staffAuditLogRoutes from './routes/api/staff/audit-log.ts';
import { loadWorkCalendar } from './calendar/load.ts';
import { loadCompany } from './config/company.ts';
import { API_NOT_FOUND, SERVER_ERROR, clientErrorBody } from './http/errors.ts';

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
    logger,
    trustProxy: env.TRUST_PROXY,
    // Slow clients cannot hold a connection open forever.
    requestTimeout: 30_000,
    bodyLimit: 1024 * 1024,
  });

  // Set before any route plugin: an encapsulated plugin keeps the handler in force when it registers.
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
  await app.register(monitoring, { config: loadMonitoringConfig() });
  await app.register(staff, {
    sessionMinutes: env.STAFF_SESSION_MINUTES,
    secureCookie: env.STAFF_COOKIE_SECURE ?? env.TRUST_PROXY,
    ...(now ? { now } : {}),
  });
  const company = loadCompany();
  await app.register(healthRoutes);
  await app.register(uptimeKumaRoutes, { secret: env.UPTIME_KUMA_WEBHOOK_SECRET });
  await app.register(complianceRoutes);
  await app.register(staffAuditLogRoutes, { timeZone: company.timeZone });
  if (serveSite) {
    await app.register(site, {
      distDir: fromRepoRoot(env.SITE_DIST),
      locals: {
        monitoring: app.monitoring,
        staff: app.staff,
        calendar: loadWorkCalendar(),
        now: now ?? (() => new Date()),
      },
    });
  } else {
    app.setNotFoundHandler((_request, reply) => reply.code(404).send(API_NOT_FOUND));
  }

  return app;
}
