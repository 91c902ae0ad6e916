/** Prerendered pages and assets of the build (dist/client, pre-compressed .br/.gz) with their cache headers. */
import { relative, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { assetCacheControl, pagePathname } from '../../site/static-headers.ts';

export default async function staticFileRoutes(app: FastifyInstance) {
  const { clientDir, staticHeaders } = app.siteBuild;
  await app.register(fastifyStatic, {
    root: clientDir,
    preCompressed: true,
    redirect: true,
    // Cache-Control is decided per file below.
    cacheControl: false,
    setHeaders(reply, filePath) {
      const pathname = pagePathname(clientDir, filePath);
      if (pathname === null) {
        const cacheControl = assetCacheControl(relative(clientDir, filePath).split(sep).join('/'));
        if (cacheControl) reply.header('Cache-Control', cacheControl);
        return;
      }
      reply.header('Cache-Control', 'no-cache');
      // The same URL answers differently with the accessible-version cookie.
      reply.header('Vary', 'Cookie');
      for (const header of staticHeaders.get(pathname) ?? []) reply.header(header.key, header.value);
    },
  });
}
