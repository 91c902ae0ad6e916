/**
 * Brotli/gzip for dynamic responses: API JSON and on-demand Astro pages, which Astro writes to
 * the raw Node response (so a fastify onSend hook would never see them). Static files are
 * compressed once at build time and served as .br/.gz by @fastify/static; this middleware
 * leaves responses that already carry a Content-Encoding alone.
 *
 * @see https://github.com/expressjs/compression
 * @see https://github.com/fastify/middie
 */
import middie from '@fastify/middie';
import compression from 'compression';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export default fp(
  async function responseCompression(app: FastifyInstance) {
    await app.register(middie);
    const compress = compression({ threshold: 1024 });
    // compression is typed for Express requests; at run time it needs only Node's req/res.
    app.use((req, res, next) => {
      compress(req as Parameters<typeof compress>[0], res as Parameters<typeof compress>[1], next);
    });
  },
  { name: 'compression' },
);
