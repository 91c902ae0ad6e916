/**
 * Appeal statuses and the rules the queue shows: which deadline binds an appeal now and whether it
 * is overdue or due today, judged in the company's time zone. Shared by the server and the console pages.
 */
import { localDate } from '../dates.ts';
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

/** Statuses of appeals still waiting for an answer: the queue's default view. */
export const OPEN_STATUSES: readonly AppealStatus[] = ['registered', 'in-progress', 'interim-answered'];
