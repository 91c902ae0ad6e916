/**
 * Russian text for opening hours: «8:00–17:00, перерыв 12:00–12:45». The words come from a
 * `Translate` (`t` on the server, the component's strings in the browser).
 */
import type { DayHours, OpeningHours } from '../../content/schemas/common.ts';
import { WEEKDAYS } from '../../content/schemas/week.ts';
import type { UiKey } from '../i18n/i18n.ts';
import type { Translate } from '../i18n/strings.ts';
import type { DayStatus } from './status.ts';

/** The strings `stateText` and `todayText` use: what the status script needs in the browser. */
export const STATUS_STRING_KEYS = [
  'hours.dayOff',
  'hours.break',
  'hours.today',
  'hours.openNow',
  'hours.closedBreak',
  'hours.closed',
  'hours.until',
] as const satisfies readonly UiKey[];

/** «08:00» → «8:00», as Russian timetables print it. */
export const time = (value: string): string => value.replace(/^0(\d)/, '$1');

export function formatDay(day: DayHours | null, tr: Translate): string {
  if (!day) return tr('hours.dayOff');
  const breaks = day.breaks.map((pause) => `${tr('hours.break')} ${time(pause.from)}–${time(pause.to)}`);
  return [`${time(day.from)}–${time(day.to)}`, ...breaks].join(', ');
}

export interface WeekRow {
  /** «пн–пт», «сб», «вс». */
  days: string;
  hours: string;
}

/** The weekly pattern with consecutive days of equal hours merged: «пн–пт 8:00–17:00». */
export function weekRows(hours: OpeningHours, tr: Translate): WeekRow[] {
  const rows: Array<{ first: number; last: number; hours: string }> = [];
  WEEKDAYS.forEach((weekday, index) => {
    const text = formatDay(hours.weekly[weekday] ?? null, tr);
    const previous = rows.at(-1);
    if (previous?.hours === text && previous.last === index - 1) previous.last = index;
    else rows.push({ first: index, last: index, hours: text });
  });
  const name = (index: number): string => tr(`weekday.${WEEKDAYS[index] ?? 'mon'}` as UiKey);
  return rows.map((row) => ({
    days: row.first === row.last ? name(row.first) : `${name(row.first)}–${name(row.last)}`,
    hours: row.hours,
  }));
}

/** «Сегодня: 8:00–18:00, перерыв 12:00–12:45» or «Сегодня: выходной (Праздничный день)». */
export function todayText(status: DayStatus, tr: Translate): string {
  const note = status.exceptionNote ? ` (${status.exceptionNote})` : '';
  return `${tr('hours.today')}: ${formatDay(status.today, tr)}${note}`;
}

/** «Открыто сейчас до 12:00», «Закрыто: перерыв до 12:45», «Закрыто». */
export function stateText(status: DayStatus, tr: Translate): string {
  const until = status.until ? time(status.until) : '';
  if (status.state === 'open') return `${tr('hours.openNow')} ${tr('hours.until')} ${until}`;
  if (status.state === 'break') return `${tr('hours.closedBreak')} ${tr('hours.until')} ${until}`;
  return tr('hours.closed');
}
