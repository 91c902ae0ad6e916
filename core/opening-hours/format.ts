/** Russian text for opening hours: «8:00–17:00, перерыв 12:00–12:45». */
import { WEEKDAYS, type DayHours, type OpeningHours } from '../../content/schemas/common.ts';
import { t, type UiKey } from '../i18n/i18n.ts';
import type { DayStatus } from './status.ts';

/** «08:00» → «8:00», as Russian timetables print it. */
export const time = (value: string): string => value.replace(/^0(\d)/, '$1');

export function formatDay(day: DayHours | null): string {
  if (!day) return t('hours.dayOff');
  const breaks = day.breaks.map((pause) => `${t('hours.break')} ${time(pause.from)}–${time(pause.to)}`);
  return [`${time(day.from)}–${time(day.to)}`, ...breaks].join(', ');
}

export interface WeekRow {
  /** «пн–пт», «сб», «вс». */
  days: string;
  hours: string;
}

/** The weekly pattern with consecutive days of equal hours merged: «пн–пт 8:00–17:00». */
export function weekRows(hours: OpeningHours): WeekRow[] {
  const rows: Array<{ first: number; last: number; hours: string }> = [];
  WEEKDAYS.forEach((weekday, index) => {
    const text = formatDay(hours.weekly[weekday] ?? null);
    const previous = rows.at(-1);
    if (previous?.hours === text && previous.last === index - 1) previous.last = index;
    else rows.push({ first: index, last: index, hours: text });
  });
  const name = (index: number): string => t(`weekday.${WEEKDAYS[index] ?? 'mon'}` as UiKey);
  return rows.map((row) => ({
    days: row.first === row.last ? name(row.first) : `${name(row.first)}–${name(row.last)}`,
    hours: row.hours,
  }));
}

/** «Сегодня: 8:00–18:00, перерыв 12:00–12:45» or «Сегодня: выходной (Праздничный день)». */
export function todayText(status: DayStatus): string {
  const note = status.exceptionNote ? ` (${status.exceptionNote})` : '';
  return `${t('hours.today')}: ${formatDay(status.today)}${note}`;
}

/** «Открыто сейчас до 12:00», «Закрыто: перерыв до 12:45», «Закрыто». */
export function stateText(status: DayStatus): string {
  const until = status.until ? time(status.until) : '';
  if (status.state === 'open') return `${t('hours.openNow')} ${t('hours.until')} ${until}`;
  if (status.state === 'break') return `${t('hours.closedBreak')} ${t('hours.until')} ${until}`;
  return t('hours.closed');
}
