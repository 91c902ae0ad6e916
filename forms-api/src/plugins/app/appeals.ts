/**
 * The specialist's side of appeals (issue 7): the queue, one appeal's page data, the console's
 * actions, and the expected-date notice job. Handed to console pages as Astro.locals.appeals.
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { RefusalGround } from '../../../../content/schemas/refusal-ground.ts';
import type { Sla } from '../../../../content/schemas/sla.ts';
import { assignableStaff, findAppeal, type AppealView } from '../../appeals/appeal-view.ts';
import { createExpectedDateNoticeJob } from '../../appeals/expected-date-notice.ts';
import { createAppealQueue } from '../../appeals/queue.ts';
import { createAppealWorkflow } from '../../appeals/workflow.ts';
import type { WorkCalendar } from '../../../../core/calendar/working-days.ts';
import { loadCompany } from '../../../../core/content/company.ts';
import type { AppealEventKind } from '../../appeals/events.ts';
import { composeLetter, createLetterContext, LETTER_KINDS, type LetterEvent } from '../../mail/letter.ts';
import { replyChannelOf } from '../../../../core/mail/reply-channel.ts';

/** How often the server looks for appeals whose customer must be told the expected date. */
const NOTICE_INTERVAL_MS = 10 * 60 * 1000;

export interface AppealsOptions {
  sla: Sla;
  calendar: WorkCalendar;
  refusalGrounds: RefusalGround[];
  /** MAIL_FROM: the letters' Message-ID domain. */
  mailFrom: string;
  now?: () => Date;
}

function createAppealsService(app: FastifyInstance, options: AppealsOptions) {
  const { db } = app.database;
  const now = options.now ?? (() => new Date());
  const company = loadCompany();
  const letterContext = createLetterContext(company, options.mailFrom);
  const refusalBasis = (code: string) => options.refusalGrounds.find((ground) => ground.code === code)?.basis;
  return {
    queue: createAppealQueue(db),
    workflow: createAppealWorkflow({
      db,
      sla: options.sla,
      calendar: options.calendar,
      refusalGrounds: options.refusalGrounds,
      audit: app.staff.audit,
      now,
      onMailQueued: () => {
        app.outbox.kick();
      },
    }),
    find: (registrationNumber: string) => findAppeal(db, registrationNumber),
    assignableStaff: () => assignableStaff(db),
    refusalGrounds: options.refusalGrounds,
    sla: options.sla,
    /** The text of a letter that goes by post, for staff to print (the outbox e-mails the others). */
    printableLetter(view: AppealView, event: LetterEvent): string | null {
      const reply = replyChannelOf(view.values);
      if (!view.form || reply.channel !== 'post' || !LETTER_KINDS.has(event.kind as AppealEventKind)) return null;
      return composeLetter(view.form, view.submission, event, reply.address, letterContext, refusalBasis).text;
    },
    notices: createExpectedDateNoticeJob({
      db,
      calendar: options.calendar,
      timeZone: company.timeZone,
      now,
      intervalMs: NOTICE_INTERVAL_MS,
      onRecorded: (count) => {
        app.log.info({ count }, 'expected-date notices recorded');
        app.outbox.kick();
      },
      onError: (error) => {
        app.log.error({ err: error }, 'expected-date notice pass failed');
      },
    }),
  };
}

export type AppealsService = ReturnType<typeof createAppealsService>;

declare module 'fastify' {
  interface FastifyInstance {
    appeals: AppealsService;
  }
}

export default fp(
  function appeals(app: FastifyInstance, options: AppealsOptions, done: () => void) {
    const service = createAppealsService(app, options);
    app.decorate('appeals', service);
    app.addHook('onReady', () => {
      service.notices.start();
    });
    app.addHook('preClose', () => service.notices.stop());
    done();
  },
  { name: 'appeals', dependencies: ['database', 'staff', 'outbox'] },
);
