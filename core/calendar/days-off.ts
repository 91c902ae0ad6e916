/**
 * Public days off of a year: the holidays of Labour Code art. 112 (also when they fall on a
 * Saturday or Sunday, when offices open on Saturdays are closed too) and the days off set by the
 * government's decree; without a decree for the year, the Labour Code's own rule.
 */
import type { CalendarYear } from '../../content/schemas/calendar.ts';
import { LABOUR_CODE_HOLIDAYS, labourCodeDaysOff } from './labour-code.ts';

/** «YYYY-MM-DD» dates, sorted. */
export function publicDaysOff(years: readonly CalendarYear[], year: number): string[] {
  const decree = years.find((entry) => entry.year === year);
  const days = decree
    ? new Set([...LABOUR_CODE_HOLIDAYS, ...decree.nonWorkingWeekdays].map((monthDay) => `${year}-${monthDay}`))
    : labourCodeDaysOff(year);
  return [...days].sort();
}
