/**
 * Appeal services over the shared database that the site's on-demand pages and the API use: the
 * customer's status lookup (Astro.locals.statusLookup) and the staff reports
 * (Astro.locals.appealReports, the CSV export route).
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { createAppealReports, type AppealReports } from '../../appeals/report.ts';
import type { RefusalGround } from '../../../../content/schemas/refusal-ground.ts';
import { createStatusLookup, type StatusLookup } from '../../appeals/status-lookup.ts';

declare module 'fastify' {
  interface FastifyInstance {
    statusLookup: StatusLookup;
    appealReports: AppealReports;
  }
}

export default fp(
  function appealStatusReports(
    app: FastifyInstance,
    options: { timeZone: string; refusalGrounds: RefusalGround[]; now?: () => Date },
    done: () => void,
  ) {
    app.decorate(
      'statusLookup',
      createStatusLookup(app.database.db, {
        refusalGrounds: options.refusalGrounds,
        ...(options.now ? { now: options.now } : {}),
      }),
    );
    app.decorate('appealReports', createAppealReports(app.database.db, options.timeZone));
    done();
  },
  { name: 'appeal-status-reports', dependencies: ['database'] },
);
