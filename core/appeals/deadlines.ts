/**
 * Deadlines of one appeal, computed once at registration from the SLA configuration and the
 * working-day calendar, in the company's time zone.
 */
import type { AppealKind, Period, Sla } from '../../content/schemas/sla.ts';
import { localDate } from '../dates.ts';
import type { WorkCalendar } from '../calendar/working-days.ts';

/** Dates (`YYYY-MM-DD`, company time zone) by which each step is due, inclusive. */
export interface AppealDeadlines {
  register: string;
  final: string;
  interim?: string;
  callback?: string;
}

export function computeDeadlines(
  sla: Sla,
  calendar: WorkCalendar,
  kind: AppealKind,
  registeredAt: Date,
  timeZone: string,
  /** The customer asked to be called back («Перезвоните мне»). */
  callbackRequested = false,
): AppealDeadlines {
  const rule = sla.rules.find((candidate) => candidate.kind === kind);
  if (!rule) throw new Error(`No SLA rule for appeal kind ${kind}`);
  const day = localDate(registeredAt, timeZone);
  const callback = rule.callback ?? (callbackRequested ? rule.callbackOnRequest : undefined);
  const due = (period: Period) =>
    period.unit === 'working' ? calendar.addWorkingDays(day, period.days) : calendar.addCalendarDays(day, period.days);
  const final = due(rule.final);
  const callbackDue = callback ? due(callback) : undefined;
  return {
    register: due(sla.register),
    // A complex question answered by a call (Tomsk Гл. 4 Разд. 2 п. 4): the call is the answer, so
    // the answer is not promised before the call.
    final: callbackDue && !rule.callback && callbackDue > final ? callbackDue : final,
    ...(rule.interim ? { interim: due(rule.interim) } : {}),
    ...(callbackDue ? { callback: callbackDue } : {}),
  };
}

/**
 * The deadlines a customer is told, in order, with Russian labels: on the receipt, in the
 * acknowledgement and on the status page. `extendedFinal` replaces the final date after an extension.
 */
export function deadlineLines(deadlines: AppealDeadlines, extendedFinal?: string | null): Array<[string, string]> {
  return [
    ...(deadlines.callback ? [['Звонок специалиста — не позднее', deadlines.callback] as [string, string]] : []),
    ...(deadlines.interim ? [['Промежуточный ответ — не позднее', deadlines.interim] as [string, string]] : []),
    ['Ответ — не позднее', extendedFinal ?? deadlines.final],
  ];
}

/** Deadlines as stored at registration; rows from before they were stored know only the final date. */
export function storedDeadlines(row: { deadlines: string | null; reply_due: string }): AppealDeadlines {
  if (row.deadlines) return JSON.parse(row.deadlines) as AppealDeadlines;
  const final = row.reply_due.slice(0, 10);
  return { register: final, final };
}
