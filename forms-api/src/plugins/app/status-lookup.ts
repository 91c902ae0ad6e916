/**
 * The customer's status lookup (../../appeals/status-lookup.ts) over the shared database, for the
 * status page (Astro.locals.statusLookup) and any API route that needs it.
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { createStatusLookup, type StatusLookup } from '../../appeals/status-lookup.ts';

declare module 'fastify' {
  interface FastifyInstance {
    statusLookup: StatusLookup;
  }
}

export default fp(
  function statusLookup(app: FastifyInstance, options: { now?: () => Date }, done: () => void) {
    app.decorate('statusLookup', createStatusLookup(app.database.db, options.now));
    done();
  },
  { name: 'status-lookup', dependencies: ['database'] },
);
