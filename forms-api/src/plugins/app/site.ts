/**
 * Serves the Astro build from the same process as the API: on-demand pages through the
 * @astrojs/node handler in middleware mode, the accessible version of prerendered pages, and
 * `app.siteBuild` for the routes of ../../routes/site/ (prerendered pages and assets from
 * dist/client, the search index, the site's own 404 page).
 *
 * @see https://docs.astro.build/en/guides/integrations-guide/node/#middleware
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ADMIN_LOCAL_ONLY, refuseAdmin } from '../../site/admin-guard.ts';
import { pagePathname, readStaticHeaders, type StaticHeaders } from '../../site/static-headers.ts';
import { createPageReader, pageFile, withA11yAttributes } from '../../site/a11y-html.ts';
import { settingsFromCookieHeader } from '../../../../core/a11y/settings.ts';
import {
  formBodyRefusal,
  hasBody,
  pageBodyLimit,
  readLimitedBody,
  refuseForeignOrigin,
  refuseNotAForm,
  refuseTooLarge,
} from '../../site/page-body.ts';
import { isForeignOrigin } from './origin-check.ts';

type AstroHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  next: (error?: unknown) => void,
  locals: App.Locals,
) => Promise<void>;

export interface SiteOptions {
  distDir: string;
  /**
   * Services handed to on-demand pages as `Astro.locals` (typed in forms-api/src/site/locals.ts), so pages use
   * the same database pool and services as the API.
   */
  locals: Omit<App.Locals, 'client'>;
  /** The address the server listens on: a local-editing admin is refused off loopback. */
  host: string;
  /** The site's public origin (PUBLIC_ORIGIN): page POSTs from it are accepted behind a proxy. */
  publicOrigin: string;
}

/** @fastify/middie copies fastify's proxy-aware `ip` onto the raw request. */
type MiddieRequest = IncomingMessage & { ip?: string; protocol?: string; body?: Buffer };

declare module 'fastify' {
  interface FastifyInstance {
    /** Where the built site's files are and the headers Astro declared for its pages. */
    siteBuild: { clientDir: string; staticHeaders: StaticHeaders };
    /**
     * Answers a request with an on-demand page rendered as if it had been requested with GET,
     * with extra locals (e.g. a form's entered values and errors after an invalid no-JS post).
     */
    renderSitePage(
      request: FastifyRequest,
      reply: FastifyReply,
      path: string,
      extra: Partial<App.Locals>,
    ): FastifyReply;
  }
}

/** Requests the Astro handler never needs to see. */
const NOT_FOR_ASTRO = /^\/(api|_astro|pagefind)\//;

export default fp(
  async function site(app: FastifyInstance, options: SiteOptions) {
    const clientDir = join(options.distDir, 'client');
    const allowedOrigin = new URL(options.publicOrigin).origin;
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
    app.use((req: MiddieRequest, res: ServerResponse, next: (error?: unknown) => void) => {
      if (NOT_FOR_ASTRO.test(req.url ?? '/')) {
        next();
        return;
      }
      // A fresh object per request: a page must not leak state into the next request's locals.
      const render = (done = next) => {
        void entry.handler(req, res, done, { ...options.locals, client: { ip: req.ip ?? '' } });
      };
      if (!hasBody(req.method)) {
        render();
        return;
      }
      // Astro's own origin check is off (astro.config.mjs): it compares with http:// behind a TLS proxy.
      const own = `${req.protocol ?? 'http'}://${req.headers.host ?? ''}`;
      if (isForeignOrigin(req.headers.origin, own, allowedOrigin)) {
        refuseForeignOrigin(res);
        return;
      }
      // Read here with a cap; Astro takes a body already on the request instead of the stream.
      const readForm = async () => {
        const body = await readLimitedBody(req, pageBodyLimit(new URL(req.url ?? '/', 'http://x').pathname));
        return { body, refusal: body && (await formBodyRefusal(req.headers['content-type'], body)) };
      };
      readForm().then(
        ({ body, refusal }) => {
          if (body === null) {
            refuseTooLarge(res);
            return;
          }
          if (refusal !== null) {
            refuseNotAForm(res, refusal);
            return;
          }
          req.body = body;
          // No page took it: fastify answers (404) without parsing a body that was already read,
          // or it would wait for the end of a stream that has ended.
          const passOn = (error?: unknown) => {
            if (error === undefined) {
              delete req.headers['content-type'];
              delete req.headers['content-length'];
              delete req.headers['transfer-encoding'];
            }
            next(error);
          };
          render(passOn);
        },
        (error: unknown) => {
          next(error);
        },
      );
    });

    // The accessible version of prerendered pages (the cookie is read per request, see a11y-html.ts).
    const readPage = createPageReader();
    app.addHook('onRequest', async (request, reply) => {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      const settings = settingsFromCookieHeader(request.headers.cookie);
      const file = settings && pageFile(clientDir, request.url);
      if (!settings || !file) return;
      const pathname = pagePathname(clientDir, file) ?? '/';
      for (const header of staticHeaders.get(pathname) ?? []) reply.header(header.key, header.value);
      return reply
        .header('Cache-Control', 'no-cache')
        .header('Vary', 'Cookie')
        .type('text/html; charset=utf-8')
        .send(withA11yAttributes(readPage(file), settings));
    });

    app.decorate(
      'renderSitePage',
      (request: FastifyRequest, reply: FastifyReply, path: string, extra: Partial<App.Locals>) => {
        // Headers set on the reply so far (Retry-After of the rate limit…) go out with the page.
        for (const [name, value] of Object.entries(reply.getHeaders()))
          if (value !== undefined) reply.raw.setHeader(name, value);
        reply.hijack();
        const req = request.raw;
        req.url = path;
        req.method = 'GET';
        void entry.handler(req, reply.raw, () => reply.raw.end(), {
          ...options.locals,
          client: { ip: request.ip },
          ...extra,
        });
        return reply;
      },
    );

    app.decorate('siteBuild', { clientDir, staticHeaders });
  },
  { name: 'site', dependencies: ['compression'] },
);
