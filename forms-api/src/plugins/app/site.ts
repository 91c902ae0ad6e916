/**
 * Serves the Astro build from the same process as the API:
 * prerendered pages and assets from dist/client (pre-compressed .br/.gz), on-demand pages
 * through the @astrojs/node handler in middleware mode, and the site's own 404 page.
 *
 * @see https://docs.astro.build/en/guides/integrations-guide/node/#middleware
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ADMIN_LOCAL_ONLY, refuseAdmin } from '../../site/admin-guard.ts';
import { pagePathname, readStaticHeaders } from '../../site/static-headers.ts';
import { API_NOT_FOUND } from '../../http/errors.ts';

type AstroHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  next: (error?: unknown) => void,
  locals: App.Locals,
) => Promise<void>;

export interface SiteOptions {
  distDir: string;
  /**
   * Services handed to on-demand pages as `Astro.locals` (typed in site/env.d.ts), so pages use
   * the same database pool and services as the API.
   */
  locals: App.Locals;
  /** The address the server listens on: a local-editing admin is refused off loopback. */
  host: string;
}

/** Requests the Astro handler never needs to see. */
const NOT_FOR_ASTRO = /^\/(api|_astro)\//;

export default fp(
  async function site(app: FastifyInstance, options: SiteOptions) {
    const clientDir = join(options.distDir, 'client');
    const staticHeaders = readStaticHeaders(options.distDir);

    if (refuseAdmin(clientDir, options.host)) {
      app.addHook('onRequest', async (request, reply) => {
        if (request.url === '/admin' || request.url.startsWith('/admin/')) {
          return reply.code(403).type('text/plain; charset=utf-8').send(ADMIN_LOCAL_ONLY);
        }
      });
    }

    const entry = (await import(pathToFileURL(join(options.distDir, 'server', 'entry.mjs')).href)) as {
      handler: AstroHandler;
    };
    app.use((req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => {
      if (NOT_FOR_ASTRO.test(req.url ?? '/')) next();
      // A fresh object per request: a page must not leak state into the next request's locals.
      else void entry.handler(req, res, next, { ...options.locals });
    });

    await app.register(fastifyStatic, {
      root: clientDir,
      preCompressed: true,
      redirect: true,
      // Cache-Control is decided per file below.
      cacheControl: false,
      setHeaders(reply, filePath) {
        const pathname = pagePathname(clientDir, filePath);
        if (pathname === null) {
          // Astro fingerprints bundled assets, so they never change under the same name.
          if (filePath.startsWith(join(clientDir, '_astro')))
            reply.header('Cache-Control', 'public, max-age=31536000, immutable');
          return;
        }
        reply.header('Cache-Control', 'no-cache');
        for (const header of staticHeaders.get(pathname) ?? []) reply.header(header.key, header.value);
      },
    });

    const notFoundPage = readFileSync(join(clientDir, '404.html'), 'utf8');
    const notFoundHeaders = staticHeaders.get('/404') ?? [];
    app.setNotFoundHandler((request, reply) => {
      if (request.url.startsWith('/api/')) {
        return reply.code(404).send(API_NOT_FOUND);
      }
      for (const header of notFoundHeaders) reply.header(header.key, header.value);
      return reply.code(404).type('text/html; charset=utf-8').send(notFoundPage);
    });
  },
  { name: 'site', dependencies: ['compression'] },
);
