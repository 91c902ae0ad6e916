/**
 * The submission service (storage of the Интернет-приёмная), configured from content/: the company
 * time zone, the specialist routing rules, the SLA with the working-day calendar that set each
 * appeal's deadlines, and the current consent-text version.
 */
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { parse } from 'yaml';
import type { Sla } from '../../../../content/schemas/sla.ts';
import type { WorkCalendar } from '../../../../core/calendar/working-days.ts';
import { FormRoutingSchema } from '../../../../content/schemas/form-routing.ts';
import { loadCompany } from '../../../../core/content/company.ts';
import { fromRepoRoot } from '../../../../core/repo-paths.ts';
import { consentTextVersion } from '../../forms/consent-text.ts';
import { createSubmissionService, type SubmissionService } from '../../forms/submission-service.ts';

declare module 'fastify' {
  interface FastifyInstance {
    submissions: SubmissionService;
  }
}

export interface SubmissionsOptions {
  calendar: WorkCalendar;
  sla: Sla;
  now?: () => Date;
}

export default fp(
  function submissions(app: FastifyInstance, options: SubmissionsOptions, done: () => void) {
    const routing = FormRoutingSchema.parse(parse(readFileSync(fromRepoRoot('content/forms/routing.yaml'), 'utf8')));
    app.decorate(
      'submissions',
      createSubmissionService({
        db: app.database.db,
        timeZone: loadCompany().timeZone,
        routing,
        consentVersion: consentTextVersion(),
        calendar: options.calendar,
        sla: options.sla,
        ...(options.now ? { now: options.now } : {}),
      }),
    );
    done();
  },
  { name: 'submissions', dependencies: ['database'] },
);
