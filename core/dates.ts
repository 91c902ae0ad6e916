/**
 * The one module for dates and times. Two kinds of value pass through it:
 * - calendar dates `YYYY-MM-DD` (a deadline, a tariff period): already local, never shifted;
 * - instants (ISO strings or Date): shown in the company's time zone, which every caller passes.
 * Intl knows the zones' offsets, so no date library is needed.
 */
import { t } from './i18n/i18n.ts';

// ---- Calendar dates ---------------------------------------------------------------------------

/** `YYYY-MM` (a report month, a monthly data series). */
export const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function addDays(date: string, days: number): string {
  const value = new Date(`${date}T00:00:00Z`);
  value.setUTCDate(value.getUTCDate() + days);
  return value.toISOString().slice(0, 10);
}

export function isWeekend(date: string): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}

const calendarDate = new Intl.DateTimeFormat('ru-RU', { dateStyle: 'long', timeZone: 'UTC' });
const calendarMonth = new Intl.DateTimeFormat('ru-RU', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** «2026-07-01» → «1 июля 2026 г.»: the date is already local, no time-zone shift. */
export function formatCalendarDate(date: string): string {
  return calendarDate.format(new Date(`${date}T12:00:00Z`));
}

/** «2026-10» → «октябрь 2026 г.». */
export function formatMonth(month: string): string {
  return calendarMonth.format(new Date(`${month}-01T12:00:00Z`));
}

/** «с 1 июля 2026 г. по 31 декабря 2026 г.». */
export function formatPeriod(period: { validFrom: string; validTo: string }): string {
  return `${t('tariffs.from')} ${formatCalendarDate(period.validFrom)} ${t('tariffs.to')} ${formatCalendarDate(period.validTo)}`;
}

// ---- Instants in the company's time zone --------------------------------------------------------

/**
 * Intl formatters are costly to create and pages format hundreds of dates, so each style keeps one
 * per zone. (A cache keyed by the options' JSON cost a form submission more than its formatting.)
 */
function zoned(locale: string, options: Intl.DateTimeFormatOptions): (timeZone: string) => Intl.DateTimeFormat {
  const made = new Map<string, Intl.DateTimeFormat>();
  return (timeZone) => {
    let cached = made.get(timeZone);
    if (!cached) {
      cached = new Intl.DateTimeFormat(locale, { ...options, timeZone });
      made.set(timeZone, cached);
    }
    return cached;
  };
}

const isoDate = zoned('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' });
const isoMonth = zoned('sv-SE', { year: 'numeric', month: '2-digit' });
const yearOnly = zoned('en-US', { year: 'numeric' });
const isoDateTime = zoned('sv-SE', { dateStyle: 'short', timeStyle: 'medium' });
const longDate = zoned('ru-RU', { dateStyle: 'long' });
const longDateTime = zoned('ru-RU', { dateStyle: 'long', timeStyle: 'short' });
const shortDateTime = zoned('ru-RU', { dateStyle: 'short', timeStyle: 'short' });
const clockParts = zoned('en-US', {
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

const toDate = (instant: Date | string | number): Date => (instant instanceof Date ? instant : new Date(instant));

/** The date an instant falls on in `timeZone`, e.g. 2026-11-22T20:00Z in Asia/Tomsk → 2026-11-23. */
export function localDate(instant: Date, timeZone: string): string {
  return isoDate(timeZone).format(instant);
}

/** `YYYY-MM` of an instant in the zone. */
export function localMonth(instant: Date | string, timeZone: string): string {
  return isoMonth(timeZone).format(toDate(instant));
}

/** Calendar year of an instant in the zone (registration numbers restart on 1 January there). */
export function yearIn(timeZone: string, instant: Date): number {
  return Number(yearOnly(timeZone).format(instant));
}

/** The instant a local date begins in `timeZone`, e.g. 2026-11-23 in Asia/Tomsk → 2026-11-22T17:00Z. */
export function startOfLocalDay(date: string, timeZone: string): Date {
  const guess = new Date(`${date}T00:00:00Z`);
  const local = new Date(isoDateTime(timeZone).format(guess).replace(' ', 'T') + 'Z');
  return new Date(guess.getTime() - (local.getTime() - guess.getTime()));
}

/** «22 ноября 2026 г.» */
export function formatDate(instant: Date | string, timeZone: string): string {
  return longDate(timeZone).format(toDate(instant));
}

/** «22 ноября 2026 г. в 20:43»: for a customer, where the short form could be misread. */
export function formatDateTime(instant: Date | string, timeZone: string): string {
  return longDateTime(timeZone).format(toDate(instant));
}

/** «22.11.2026, 20:43»: for staff tables, where many rows are compared. */
export function formatShortDateTime(instant: Date | string, timeZone: string): string {
  return shortDateTime(timeZone).format(toDate(instant));
}

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export function wallClock(instant: number, timeZone: string): WallClock {
  const parts = Object.fromEntries(
    clockParts(timeZone)
      .formatToParts(instant)
      .map((part) => [part.type, Number(part.value)]),
  );
  return {
    year: parts['year'] ?? 0,
    month: parts['month'] ?? 0,
    day: parts['day'] ?? 0,
    hour: parts['hour'] ?? 0,
    minute: parts['minute'] ?? 0,
    second: parts['second'] ?? 0,
  };
}

/** The instant when the zone's clock shows this local time (offset found by two fixed-point steps). */
export function zonedInstant(year: number, month: number, day: number, hour: number, timeZone: string): number {
  const asUtc = Date.UTC(year, month - 1, day, hour);
  let instant = asUtc;
  for (let step = 0; step < 2; step += 1) {
    const shown = wallClock(instant, timeZone);
    const shownAsUtc = Date.UTC(shown.year, shown.month - 1, shown.day, shown.hour, shown.minute, shown.second);
    instant += asUtc - shownAsUtc;
  }
  return instant;
}

/** ISO 8601 with the zone's offset, for `<time datetime>` and feeds: `2026-11-23T00:43:09+07:00`. */
export function isoInZone(iso: string, timeZone: string): string {
  const instant = Date.parse(iso);
  const clock = wallClock(instant, timeZone);
  const offsetMinutes = Math.round(
    (Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second) -
      Math.floor(instant / 1000) * 1000) /
      60_000,
  );
  const pad = (value: number) => String(value).padStart(2, '0');
  const sign = offsetMinutes < 0 ? '-' : '+';
  const offset = `${sign}${pad(Math.floor(Math.abs(offsetMinutes) / 60))}:${pad(Math.abs(offsetMinutes) % 60)}`;
  return `${String(clock.year)}-${pad(clock.month)}-${pad(clock.day)}T${pad(clock.hour)}:${pad(clock.minute)}:${pad(clock.second)}${offset}`;
}

/** «2 ч 5 мин», «40 мин», «менее минуты», and «нет» for none at all (not «менее минуты»). */
export function formatDuration(seconds: number): string {
  if (seconds === 0) return 'нет';
  const minutes = Math.round(seconds / 60);
  if (minutes < 1) return 'менее минуты';
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${String(rest)} мин`;
  return rest === 0 ? `${String(hours)} ч` : `${String(hours)} ч ${String(rest)} мин`;
}
