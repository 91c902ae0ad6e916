/** Unknown addresses: the site's own 404 page (accessible version with its cookie), JSON under /api/. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { settingsFromCookieHeader } from '../../../../core/a11y/settings.ts';
import { API_NOT_FOUND } from '../../http/errors.ts';
import { withA11yAttributes } from '../../site/a11y-html.ts';

// fastify-plugin: the handler must answer for the whole server, not only inside this plugin.
export default fp(
  function notFoundRoutes(app: FastifyInstance, _options: unknown, done: () => void) {
    const { clientDir, staticHeaders } = app.siteBuild;
    const notFoundPage = readFileSync(join(clientDir, '404.html'), 'utf8');
    const notFoundHeaders = staticHeaders.get('/404') ?? [];
    app.setNotFoundHandler((request, reply) => {
      if (request.url.startsWith('/api/')) {
        return reply.code(404).send(API_NOT_FOUND);
      }
      for (const header of notFoundHeaders) reply.header(header.key, header.value);
      const settings = settingsFromCookieHeader(request.headers.cookie);
      return reply
        .code(404)
        .header('Vary', 'Cookie')
        .type('text/html; charset=utf-8')
        .send(settings ? withA11yAttributes(notFoundPage, settings) : notFoundPage);
    });
    done();
  },
  { name: 'site-not-found', dependencies: ['site'] },
);
