/**
 * Appeal services over the shared database that the site's on-demand pages and the API use: the
 * customer's status lookup (Astro.locals.statusLookup), the rating of answers through the letters'
 * personal links (Astro.locals.answerRatings) and the staff reports (Astro.locals.appealReports,
 * the CSV export route).
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { createAnswerRatings, type AnswerRatings } from '../../appeals/answer-ratings.ts';
import { createAppealReports, type AppealReports } from '../../appeals/report.ts';
import type { RefusalGround } from '../../../../content/schemas/refusal-ground.ts';
import { createStatusLookup, type StatusLookup } from '../../appeals/status-lookup.ts';

declare module 'fastify' {
  interface FastifyInstance {
    statusLookup: StatusLookup;
    appealReports: AppealReports;
    answerRatings: AnswerRatings;
  }
}

export default fp(
  function appealStatusReports(
    app: FastifyInstance,
    options: { timeZone: string; refusalGrounds: RefusalGround[]; secret: string; now?: () => Date },
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
    app.decorate(
      'answerRatings',
      createAnswerRatings(app.database.db, { secret: options.secret, ...(options.now ? { now: options.now } : {}) }),
    );
    done();
  },
  { name: 'appeal-status-reports', dependencies: ['database'] },
);
