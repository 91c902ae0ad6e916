/** Calendar dates as `YYYY-MM-DD` strings: a deadline is a date in the company's time zone, not an instant. */

export function addDays(date: string, days: number): string {
  const value = new Date(`${date}T00:00:00Z`);
  value.setUTCDate(value.getUTCDate() + days);
  return value.toISOString().slice(0, 10);
}

export function isWeekend(date: string): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/** The date an instant falls on in `timeZone`, e.g. 2026-11-22T20:00Z in Asia/Tomsk → 2026-11-23. */
export function localDate(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    instant,
  );
}

/** The instant a local date begins in `timeZone`, e.g. 2026-11-23 in Asia/Tomsk → 2026-11-22T17:00Z. */
export function startOfLocalDay(date: string, timeZone: string): Date {
  const guess = new Date(`${date}T00:00:00Z`);
  const local = new Date(
    new Intl.DateTimeFormat('sv-SE', { timeZone, dateStyle: 'short', timeStyle: 'medium' })
      .format(guess)
      .replace(' ', 'T') + 'Z',
  );
  return new Date(guess.getTime() - (local.getTime() - guess.getTime()));
}
