/**
 * Security headers on every response, including pages Astro writes straight to the socket.
 * HTML pages replace this strict default CSP with the per-page policy Astro computed at build
 * time (script and style hashes), see plugins/app/site.ts.
 *
 * @see https://github.com/fastify/fastify-helmet
 */
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** For JSON, files and anything that is not a page: nothing may load or frame it. */
export const DEFAULT_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * Helmet for files only scripts fetch and nobody opens as a page (the search index): nosniff and
 * Cross-Origin-Resource-Policy protect such a file; framing, referrer, opener, DNS-prefetch and
 * the like govern documents only, and cost ~250 bytes on each of the dozen or more index files
 * one search fetches over HTTP/1.1. The strict CSP above still applies.
 */
export const DATA_FILE_HELMET = {
  contentSecurityPolicy: false,
  strictTransportSecurity: false,
  crossOriginEmbedderPolicy: false,
  crossOriginOpenerPolicy: false,
  originAgentCluster: false,
  referrerPolicy: false,
  xDnsPrefetchControl: false,
  xDownloadOptions: false,
  xFrameOptions: false,
  xPermittedCrossDomainPolicies: false,
  xXssProtection: false,
} as const;

export default fp(
  async function securityHeaders(app: FastifyInstance) {
    await app.register(helmet, {
      contentSecurityPolicy: false,
      // HSTS is only meaningful over HTTPS; it is added below when the request came over it.
      strictTransportSecurity: false,
      referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
      crossOriginEmbedderPolicy: false,
    });
    app.addHook('onRequest', async (request, reply) => {
      reply.raw.setHeader('Content-Security-Policy', DEFAULT_CSP);
      if (request.protocol === 'https') reply.raw.setHeader('Strict-Transport-Security', HSTS);
    });
  },
  { name: 'security-headers' },
);
