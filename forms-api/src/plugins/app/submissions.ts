/**
 * The submission service (storage of the Интернет-приёмная), configured from content/: the company
 * time zone, the specialist routing rules, the SLA with the working-day calendar that set each
 * appeal's deadlines, and the current consent-text version.
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { ServerContent } from '../../config/content.ts';
import { consentTextVersion } from '../../forms/consent-text.ts';
import { createSubmissionService, type SubmissionService } from '../../forms/submission-service.ts';

declare module 'fastify' {
  interface FastifyInstance {
    submissions: SubmissionService;
  }
}

export interface SubmissionsOptions {
  content: Pick<ServerContent, 'company' | 'formRouting' | 'calendar' | 'sla'>;
  now?: () => Date;
}

export default fp(
  function submissions(app: FastifyInstance, options: SubmissionsOptions, done: () => void) {
    const { company, formRouting, calendar, sla } = options.content;
    app.decorate(
      'submissions',
      createSubmissionService({
        db: app.database.db,
        beginBatch: app.database.beginBatch,
        timeZone: company.timeZone,
        routing: formRouting,
        consentVersion: consentTextVersion(),
        calendar,
        sla,
        ...(options.now ? { now: options.now } : {}),
      }),
    );
    done();
  },
  { name: 'submissions', dependencies: ['database'] },
);
