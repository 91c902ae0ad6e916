/**
 * Deadlines of one appeal, computed once at registration from the SLA configuration and the
 * working-day calendar, in the company's time zone.
 */
import type { AppealKind, Period, Sla } from '../../../content/schemas/sla.ts';
import { localDate } from '../calendar/dates.ts';
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
): AppealDeadlines {
  const rule = sla.rules.find((candidate) => candidate.kind === kind);
  if (!rule) throw new Error(`No SLA rule for appeal kind ${kind}`);
  const day = localDate(registeredAt, timeZone);
  const due = (period: Period) =>
    period.unit === 'working' ? calendar.addWorkingDays(day, period.days) : calendar.addCalendarDays(day, period.days);
  return {
    register: due(sla.register),
    final: due(rule.final),
    ...(rule.interim ? { interim: due(rule.interim) } : {}),
    ...(rule.callback ? { callback: due(rule.callback) } : {}),
  };
}

/** «25 ноября 2026 г.» for a calendar date; no time-zone shift, the date is already local. */
export function formatDeadline(date: string): string {
  return new Intl.DateTimeFormat('ru-RU', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
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
