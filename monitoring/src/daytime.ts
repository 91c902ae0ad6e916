import { wallClock, zonedInstant } from '../../core/dates.ts';
/**
 * The daytime part of an outage (Tomsk standard 3.12: 07:00–23:00 local time), split by local day.
 * Pure functions: the compliance report and its tests build on them.
 */

export const DAY_START_HOUR = 7;
export const DAY_END_HOUR = 23;

export interface DaytimeSlice {
  /** Local date, `YYYY-MM-DD`. */
  date: string;
  /** UTC ISO bounds of the daytime part on that day. */
  start: string;
  end: string;
  seconds: number;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** Daytime parts of [start, end) in the zone, one per local day, oldest first. */
export function daytimeSlices(startIso: string, endIso: string, timeZone: string): DaytimeSlice[] {
  const start = Date.parse(startIso);
  const end = Date.parse(endIso);
  const slices: DaytimeSlice[] = [];
  if (!(end > start)) return slices;
  const first = wallClock(start, timeZone);
  // Walk local calendar days; Date.UTC normalises day overflow into the next month and year.
  for (let offset = 0; ; offset += 1) {
    const day = new Date(Date.UTC(first.year, first.month - 1, first.day + offset));
    const [year, month, date] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
    const dayStart = zonedInstant(year, month, date, DAY_START_HOUR, timeZone);
    if (dayStart >= end) break;
    const dayEnd = zonedInstant(year, month, date, DAY_END_HOUR, timeZone);
    const from = Math.max(start, dayStart);
    const to = Math.min(end, dayEnd);
    if (to > from) {
      slices.push({
        date: `${String(year)}-${pad(month)}-${pad(date)}`,
        start: new Date(from).toISOString(),
        end: new Date(to).toISOString(),
        seconds: (to - from) / 1000,
      });
    }
  }
  return slices;
}
