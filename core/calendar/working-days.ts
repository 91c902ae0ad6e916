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
  /** Years whose days off are not checked against the decree: missing, or a provisional file. */
  uncheckedYears: (from: number, to: number) => number[];
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

  const yearsFrom = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

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
    fallbackYears: (from, to) => yearsFrom(from, to).filter((year) => !byYear.has(year)),
    uncheckedYears: (from, to) => yearsFrom(from, to).filter((year) => byYear.get(year)?.provisional ?? true),
  };
}

/**
 * The year whose deadlines may be wrong because its calendar is missing or provisional: this year,
 * or from 1 October next year (the decree for next year is usually out by then: 2024: 4 Oct,
 * 2025: 24 Sep).
 */
export function uncheckedYear(calendar: WorkCalendar, today: string): number | null {
  const year = Number(today.slice(0, 4));
  if (calendar.uncheckedYears(year, year).length > 0) return year;
  if (today.slice(5) >= '10-01' && calendar.uncheckedYears(year + 1, year + 1).length > 0) return year + 1;
  return null;
}

/** The developers' instruction for the build log (the staff console says it in plain words). */
export function calendarWarning(calendar: WorkCalendar, today: string): string | null {
  const year = uncheckedYear(calendar, today);
  if (year === null) return null;
  if (calendar.fallbackYears(year, year).length > 0)
    return `Нет производственного календаря на ${year} год: сроки считаются по Трудовому кодексу без переносов. Добавьте content/calendar/${year}.yaml по постановлению Правительства.`;
  return `Производственный календарь content/calendar/${year}.yaml предварительный (provisional: true): сверьте его с постановлением Правительства о переносе выходных дней в ${year} году и снимите отметку.`;
}
