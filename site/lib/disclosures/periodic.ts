/**
 * Periodic publication rules over any collection: monthly (an entry with `period: YYYY-MM` for
 * every month whose deadline has passed) and annual (`period: YYYY`). Only the latest period
 * that is already due is required; older gaps belong to the archive.
 */
import type { PeriodicRule } from '../../../content/schemas/disclosure.ts';

/** The latest period whose deadline is before `today` («YYYY-MM-DD»), as «YYYY-MM» or «YYYY». */
export function latestDuePeriod(rule: PeriodicRule, today: string): string {
  const [year = 0, month = 1, day = 1] = today.split('-').map(Number);
  if (rule.kind === 'monthly') {
    // Data for month M is due by dueDay of M+1: before that day, M-1 is the latest due month.
    const back = day > rule.dueDay ? 1 : 2;
    const index = year * 12 + (month - 1) - back;
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  }
  return String(today.slice(5) > rule.due ? year - 1 : year - 2);
}

/** A Russian problem description when the latest due period is missing, otherwise null. */
export function periodicProblem(
  rule: PeriodicRule,
  entries: ReadonlyArray<Record<string, unknown>>,
  today: string,
): string | null {
  const due = latestDuePeriod(rule, today);
  const periods = entries
    .map((entry) => entry[rule.field])
    .filter((value): value is string => typeof value === 'string')
    .map((value) => value.slice(0, due.length));
  if (periods.some((period) => period >= due)) return null;
  const latest = periods.sort().at(-1);
  return `нет публикации за период ${due} (поле ${rule.field}; последняя: ${latest ?? 'нет'})`;
}
