/** Dates and times as Russian readers expect them, in the company's time zone. */

export function formatDateTime(instant: Date | string, timeZone: string): string {
  return new Intl.DateTimeFormat('ru-RU', { timeZone, dateStyle: 'short', timeStyle: 'short' }).format(
    typeof instant === 'string' ? new Date(instant) : instant,
  );
}
