/**
 * The specialist's side of appeals (issue 7), assembled: the queue, one appeal's page data, the
 * console's actions, and the expected-date notice job. Handed to console pages as Astro.locals.appeals.
 */
import type { Kysely } from 'kysely';
import type { RefusalGround } from '../../../content/schemas/refusal-ground.ts';
import type { Sla } from '../../../content/schemas/sla.ts';
import type { WorkCalendar } from '../../../core/calendar/working-days.ts';
import type { Company } from '../../../content/schemas/company.ts';
import { replyChannelOf } from '../../../core/mail/reply-channel.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { composeLetter, createLetterContext, LETTER_KINDS, type LetterEvent } from '../mail/letter.ts';
import type { StaffService } from '../staff/service.ts';
import { assignableStaff, findAppeal, type AppealView } from './appeal-view.ts';
import type { AppealEventKind } from './events.ts';
import { createExpectedDateNoticeJob } from './expected-date-notice.ts';
import { createAppealQueue } from './queue.ts';
import { createAppealWorkflow } from './workflow.ts';

/** How often the server looks for appeals whose customer must be told the expected date. */
const NOTICE_INTERVAL_MS = 10 * 60 * 1000;

export interface AppealsOptions {
  sla: Sla;
  calendar: WorkCalendar;
  refusalGrounds: RefusalGround[];
  company: Company;
  /** MAIL_FROM: the letters' Message-ID domain. */
  mailFrom: string;
  /** Full address of the public status page, linked from every letter. */
  statusPageUrl: string;
  now?: () => Date;
}

/** What the service needs from the server around it. */
export interface AppealsDeps {
  db: Kysely<DatabaseSchema>;
  audit: StaffService['audit'];
  log: { info(fields: object, message: string): void; error(fields: object, message: string): void };
  /** Wakes the outbox worker after a letter was queued. */
  kickOutbox: () => void;
}

export function createAppealsService({ db, audit, log, kickOutbox }: AppealsDeps, options: AppealsOptions) {
  const now = options.now ?? (() => new Date());
  const { company } = options;
  const letterContext = createLetterContext(company, options.mailFrom, options.statusPageUrl, options.calendar);
  const refusalBasis = (code: string) => options.refusalGrounds.find((ground) => ground.code === code)?.basis;
  return {
    queue: createAppealQueue(db),
    workflow: createAppealWorkflow({
      db,
      sla: options.sla,
      calendar: options.calendar,
      refusalGrounds: options.refusalGrounds,
      audit,
      now,
      onMailQueued: kickOutbox,
    }),
    find: (registrationNumber: string) => findAppeal(db, registrationNumber),
    assignableStaff: () => assignableStaff(db),
    refusalGrounds: options.refusalGrounds,
    sla: options.sla,
    /**
     * The letter a final answer or a refusal will send, shown to the specialist to confirm before
     * anything is recorded: where it goes, its subject and its text.
     */
    previewLetter(
      view: AppealView,
      action: 'final' | 'refuse',
      posted: Record<string, string>,
      actorName: string,
    ): { to: string; byPost: boolean; subject: string; text: string } | null {
      const reply = replyChannelOf(view.values);
      if (!view.form || reply.channel === 'none') return null;
      const event: LetterEvent = {
        id: 'preview',
        kind: action === 'final' ? 'final-answer' : 'refusal',
        body: posted['text']?.trim() || null,
        details: action === 'refuse' ? JSON.stringify({ ground: posted['ground'] ?? '' }) : null,
        at: now().toISOString(),
        actorName,
      };
      const letter = composeLetter(view.form, view.submission, event, reply.address, letterContext, refusalBasis);
      return { to: reply.address, byPost: reply.channel === 'post', subject: letter.subject, text: letter.text };
    },
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
        log.info({ count }, 'expected-date notices recorded');
        kickOutbox();
      },
      onError: (error) => {
        log.error({ err: error }, 'expected-date notice pass failed');
      },
    }),
  };
}

export type AppealsService = ReturnType<typeof createAppealsService>;
