/**
 * What the staff queue needs from the appeals store, and the rules it shows: which deadline binds
 * an appeal now and whether it is overdue or due today, judged in the company's time zone.
 * The store itself comes with the forms API; see forms-api/src/staff/README.md for the wiring.
 */
import type { AppealKind } from '../../../content/schemas/sla.ts';
import { localDate } from '../calendar/dates.ts';
import type { AppealDeadlines } from './deadlines.ts';

/** Statuses a customer and staff see (issue 7): зарегистрировано … оставлено без ответа. */
export const APPEAL_STATUSES = ['registered', 'in-progress', 'interim-answered', 'answered', 'refused'] as const;
export type AppealStatus = (typeof APPEAL_STATUSES)[number];

export type Urgency = 'overdue' | 'due-today' | 'upcoming' | 'closed';

export interface AppealProgress {
  status: AppealStatus;
  /** The callback a service request needs has been made. */
  calledBack: boolean;
  /** The final deadline after a recorded extension (max +30 days), if any. */
  extendedFinal?: string | undefined;
}

/**
 * The date the next step is due: the callback until it is made, the interim answer until one is
 * given (unless the final answer is already due earlier), then the final answer; none once closed.
 */
export function nextDue(deadlines: AppealDeadlines, progress: AppealProgress): string | null {
  if (progress.status === 'answered' || progress.status === 'refused') return null;
  const final = progress.extendedFinal ?? deadlines.final;
  const steps = [
    !progress.calledBack ? deadlines.callback : undefined,
    progress.status !== 'interim-answered' ? deadlines.interim : undefined,
    final,
  ].filter((date): date is string => date !== undefined);
  return steps.sort()[0] ?? final;
}

/** A deadline date is met until the end of that day in the company's time zone. */
export function urgency(due: string | null, now: Date, timeZone: string): Urgency {
  if (due === null) return 'closed';
  const today = localDate(now, timeZone);
  if (due < today) return 'overdue';
  return due === today ? 'due-today' : 'upcoming';
}

export interface QueueFilter {
  kind?: AppealKind;
  topic?: string;
  status?: AppealStatus;
  /** Only appeals whose next step is overdue, or due today (company time zone). */
  urgency?: 'overdue' | 'due-today';
}

export interface QueueItem {
  registrationNumber: string;
  kind: AppealKind;
  topic: string;
  status: AppealStatus;
  registeredAt: Date;
  deadlines: AppealDeadlines;
  /** `nextDue()` of the appeal, stored so the database can filter and sort by it. */
  nextDue: string | null;
  assigneeEmail: string | null;
}

/** The query the queue page runs; implemented over the submissions tables after the forms API merges. */
export interface AppealQueueRepository {
  /** Open appeals first, ordered by `nextDue` ascending (nearest deadline first), then by registration. */
  list: (filter: QueueFilter, today: string, page: { limit: number; offset: number }) => Promise<QueueItem[]>;
}
