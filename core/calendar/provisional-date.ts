/**
 * What a customer is told about a date counted on a calendar year that is missing or provisional
 * (its decree's transferred days off are unknown): the date, and that it is provisional. Issue 16 §3:
 * nothing generated certifies what was not checked.
 */
import { addDays, formatCalendarDate } from '../dates.ts';
import { t } from '../i18n/i18n.ts';
import type { WorkCalendar } from './working-days.ts';

type Checked = Pick<WorkCalendar, 'uncheckedYears'>;

const yearOf = (date: string): number => Number(date.slice(0, 4));

/** «Дата предварительная: перенос выходных дней в 2027 году ещё не учтён.», or null for a checked year. */
export function provisionalDateNote(date: string, calendar: Checked): string | null {
  const year = yearOf(date);
  return calendar.uncheckedYears(year, year).length > 0
    ? t('receipt.provisionalDate').replace('{year}', String(year))
    : null;
}

/** A deadline in running text (letters, the API): «29 января 2027 г. (дата предварительная: …)». */
export function deadlineText(date: string, calendar: Checked): string {
  const note = provisionalDateNote(date, calendar);
  if (note === null) return formatCalendarDate(date);
  return `${formatCalendarDate(date)} (${note.charAt(0).toLowerCase()}${note.slice(1).replace(/\.$/, '')})`;
}

/**
 * The note for hours shown from `today` for a week (today's state, the week's schedule): holidays of
 * an unchecked year are the Labour Code's only, so the hours on them may still change.
 */
export function provisionalHoursNote(today: string, calendar: Checked): string | null {
  const years = calendar.uncheckedYears(yearOf(today), yearOf(addDays(today, 6)));
  const year = years[0];
  return year === undefined ? null : t('offices.provisionalCalendar').replace('{year}', String(year));
}
