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
