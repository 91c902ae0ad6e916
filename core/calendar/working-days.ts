/**
 * The working-day calendar deadlines are counted on (requirements §9, Civil Code art. 191 and 193):
 * a period starts the day after the event, and a deadline that falls on a day off moves to the
 * next working day.
 */
import type { CalendarYear } from '../../content/schemas/calendar.ts';
import { addDays, isWeekend } from '../dates.ts';
import { labourCodeDaysOff } from './labour-code.ts';

export interface WorkCalendar {
  isWorkingDay: (date: string) => boolean;
  /** The `days`-th working day after `start` (the start day itself does not count). */
  addWorkingDays: (start: string, days: number) => string;
  /** `start` plus `days` calendar days, moved forward to a working day if it is a day off. */
  addCalendarDays: (start: string, days: number) => string;
  /** Years that fall back to the Labour Code because their decree is missing. */
  fallbackYears: (from: number, to: number) => number[];
}

export function createWorkCalendar(years: readonly CalendarYear[]): WorkCalendar {
  const byYear = new Map(years.map((year) => [year.year, year]));
  const fallbackCache = new Map<number, Set<string>>();

  function isWorkingDay(date: string): boolean {
    const year = Number(date.slice(0, 4));
    const data = byYear.get(year);
    const monthDay = date.slice(5);
    if (data) {
      if (data.workingWeekends.includes(monthDay)) return true;
      return !isWeekend(date) && !data.nonWorkingWeekdays.includes(monthDay);
    }
    let daysOff = fallbackCache.get(year);
    if (!daysOff) {
      daysOff = labourCodeDaysOff(year);
      fallbackCache.set(year, daysOff);
    }
    return !isWeekend(date) && !daysOff.has(date);
  }

  function nextWorkingDay(date: string): string {
    let day = date;
    while (!isWorkingDay(day)) day = addDays(day, 1);
    return day;
  }

  return {
    isWorkingDay,
    addWorkingDays(start, days) {
      let day = start;
      for (let counted = 0; counted < days;) {
        day = addDays(day, 1);
        if (isWorkingDay(day)) counted += 1;
      }
      return day;
    },
    addCalendarDays: (start, days) => nextWorkingDay(addDays(start, days)),
    fallbackYears: (from, to) =>
      Array.from({ length: to - from + 1 }, (_, i) => from + i).filter((year) => !byYear.has(year)),
  };
}

/**
 * From 1 October the decree for next year is usually out (2024: 4 Oct, 2025: 24 Sep); a missing
 * file then means deadlines after New Year are computed by the fallback and may be wrong.
 */
export function missingNextYear(calendar: WorkCalendar, today: string): number | null {
  const year = Number(today.slice(0, 4));
  if (today.slice(5) < '10-01' || calendar.fallbackYears(year + 1, year + 1).length === 0) return null;
  return year + 1;
}

/** The developers' instruction for the build log (the staff console says it in plain words). */
export function missingNextYearWarning(calendar: WorkCalendar, today: string): string | null {
  const year = missingNextYear(calendar, today);
  if (year === null) return null;
  return `Нет производственного календаря на ${year} год: сроки после 1 января считаются по Трудовому кодексу без переносов. Добавьте content/calendar/${year}.yaml по постановлению Правительства.`;
}
