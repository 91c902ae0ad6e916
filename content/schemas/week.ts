/**
 * Days of the week and times of day as plain data, without zod: the opening-hours script runs in
 * the browser and imports these, and must not pull the schema library in with them.
 */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Minutes since midnight for a validated «ЧЧ:ММ». */
export function minutesOf(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}
