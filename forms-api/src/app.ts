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
import site from './plugins/app/site.ts';
import healthRoutes from './routes/api/health.ts';
import { API_NOT_FOUND, SERVER_ERROR, clientErrorBody } from './http/errors.ts';

export interface BuildOptions {
  env: Env;
  /** Serve the built site too (the default). API tests run without a build. */
  serveSite?: boolean;
  logger?: FastifyServerOptions['logger'];
}

export async function buildApp({ env, serveSite = true, logger = false }: BuildOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger,
    trustProxy: env.TRUST_PROXY,
    // Slow clients cannot hold a connection open forever.
    requestTimeout: 30_000,
    bodyLimit: 1024 * 1024,
  });

  await app.register(securityHeaders);
  await app.register(compression);
  await app.register(database, { url: env.DATABASE_URL, migrate: true });
  await app.register(healthRoutes);
  if (serveSite) await app.register(site, { distDir: fromRepoRoot(env.SITE_DIST), locals: {}, host: env.HOST });
  else {
    app.setNotFoundHandler((_request, reply) => reply.code(404).send(API_NOT_FOUND));
  }

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = typeof error.statusCode === 'number' && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) {
      request.log.error({ err: error, url: request.url }, 'request failed');
      return reply.code(status).send(SERVER_ERROR);
    }
    return reply.code(status).send(clientErrorBody(error.code));
  });

  return app;
}
