/**
 * Whether an office or phone line is open at a given moment, in the company time zone.
 * Pure and clock-free: the caller passes `now`, so tests pin any moment and the browser can
 * re-run it every minute with the same code.
 */
import type { DayHours, OpeningHours } from '../../content/schemas/common.ts';
import { minutesOf, WEEKDAYS } from '../../content/schemas/week.ts';

export interface LocalMoment {
  /** «YYYY-MM-DD» in the time zone. */
  date: string;
  weekday: (typeof WEEKDAYS)[number];
  /** Minutes since local midnight. */
  minutes: number;
}

export function localMoment(now: Date, timeZone: string): LocalMoment {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    weekday: 'short',
    hourCycle: 'h23',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  const weekday = part('weekday').toLowerCase().slice(0, 3) as LocalMoment['weekday'];
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    weekday,
    minutes: Number(part('hour')) * 60 + Number(part('minute')),
  };
}

export type OpenState = 'open' | 'break' | 'closed';

export interface DayStatus {
  state: OpenState;
  /** Today's hours, or null when closed all day. */
  today: DayHours | null;
  /** Why today differs from the weekly pattern, e.g. «Новогодние праздники». */
  exceptionNote: string | null;
  /** «ЧЧ:ММ» when the current state ends: closing time when open, end of the break during one. */
  until: string | null;
}

/** Hours that apply on a local date: an exception for that date wins over the weekday. */
export function hoursOn(hours: OpeningHours, moment: Pick<LocalMoment, 'date' | 'weekday'>): DayStatus['today'] {
  const exception = hours.exceptions.find((item) => item.date === moment.date);
  if (exception) return exception.hours ?? null;
  return hours.weekly[moment.weekday] ?? null;
}

export function openingStatus(hours: OpeningHours, now: Date, timeZone: string): DayStatus {
  const moment = localMoment(now, timeZone);
  const today = hoursOn(hours, moment);
  const exceptionNote = hours.exceptions.find((item) => item.date === moment.date)?.note ?? null;
  const within = (range: { from: string; to: string }): boolean =>
    moment.minutes >= minutesOf(range.from) && moment.minutes < minutesOf(range.to);
  if (!today || !within(today)) return { state: 'closed', today, exceptionNote, until: null };
  const pause = today.breaks.find(within);
  if (pause) return { state: 'break', today, exceptionNote, until: pause.to };
  // While open, the next change is the next break or the closing time.
  const next = today.breaks.find((item) => minutesOf(item.from) > moment.minutes)?.from ?? today.to;
  return { state: 'open', today, exceptionNote, until: next };
}
