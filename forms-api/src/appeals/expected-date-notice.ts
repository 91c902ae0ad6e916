/**
 * Tomsk standard Гл. 4 Разд. 3 п. 10: «if the answer cannot be given within the same working day,
 * the customer is told when to expect it». After the working day on which an appeal arrived has
 * ended (company time zone, working-day calendar) with no answer recorded, the customer gets a
 * letter with the answer's deadline. The event id is made of the appeal and the date, so the notice
 * is recorded once per appeal and deadline even with several server processes.
 */
import { sql, type Kysely } from 'kysely';
import { localDate, startOfLocalDay } from '../../../core/dates.ts';
import type { WorkCalendar } from '../../../core/calendar/working-days.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { recordEvent } from './letter-outbox.ts';
import { storedDeadlines } from '../../../core/appeals/deadlines.ts';

export interface ExpectedDateNoticeOptions {
  db: Kysely<DatabaseSchema>;
  calendar: WorkCalendar;
  timeZone: string;
  now: () => Date;
}

/** The working day an appeal is taken up on: the day it arrived, or the next working day. */
function firstWorkingDay(calendar: WorkCalendar, date: string): string {
  return calendar.isWorkingDay(date) ? date : calendar.addWorkingDays(date, 1);
}

/** Events after which the customer already knows where the appeal stands. */
const ANSWERED_KINDS = ['expected-date-notice', 'interim-answer', 'final-answer', 'refusal'];

/** Records the notices due now and queues their letters; returns how many were recorded. */
export async function sendExpectedDateNotices(options: ExpectedDateNoticeOptions): Promise<number> {
  const { db, calendar, timeZone } = options;
  const instant = options.now();
  const today = localDate(instant, timeZone);
  const candidates = await db
    .selectFrom('submissions')
    .select(['id', 'payload', 'created_at', 'deadlines', 'reply_due', 'extended_final'])
    .where('status', 'in', ['registered', 'in-progress'])
    .where('created_at', '<', startOfLocalDay(today, timeZone).toISOString())
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('appeal_events')
            .select(sql`1`.as('one'))
            .whereRef('appeal_events.submission_id', '=', 'submissions.id')
            .where('appeal_events.kind', 'in', ANSWERED_KINDS),
        ),
      ),
    )
    .execute();
  let recorded = 0;
  for (const submission of candidates) {
    const arrived = localDate(new Date(submission.created_at), timeZone);
    const expected = submission.extended_final ?? storedDeadlines(submission).final;
    // The working day has not ended yet, or the deadline itself has passed: nothing true to promise.
    if (firstWorkingDay(calendar, arrived) >= today || expected < today) continue;
    const isNew = await db.transaction().execute((trx) =>
      recordEvent(trx, {
        id: `notice-${submission.id}-${expected}`,
        submission,
        kind: 'expected-date-notice',
        actorId: null,
        details: { expected },
        at: instant.toISOString(),
      }),
    );
    if (isNew) recorded += 1;
  }
  return recorded;
}

/** Runs the check every `intervalMs` in the server process (and once at start-up). */
export function createExpectedDateNoticeJob(
  options: ExpectedDateNoticeOptions & {
    intervalMs: number;
    onRecorded: (count: number) => void;
    onError: (error: unknown) => void;
  },
) {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  const run = () => {
    running ??= sendExpectedDateNotices(options)
      .then((count) => {
        if (count > 0) options.onRecorded(count);
      })
      .catch(options.onError)
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  return {
    run,
    start(): void {
      timer = setInterval(() => void run(), options.intervalMs);
      timer.unref();
      void run();
    },
    async stop(): Promise<void> {
      clearInterval(timer);
      await running;
    },
  };
}
