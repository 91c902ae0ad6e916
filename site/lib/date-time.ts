/** Dates and times as Russian readers expect them, in the company's time zone. */

/** «22 ноября 2026 г.» */
export function formatDate(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('ru-RU', { dateStyle: 'long', timeZone }).format(new Date(iso));
}

export function formatDateTime(instant: Date | string, timeZone: string): string {
  return new Intl.DateTimeFormat('ru-RU', { timeZone, dateStyle: 'short', timeStyle: 'short' }).format(
    typeof instant === 'string' ? new Date(instant) : instant,
  );
}

/** «20 ноября 2026 г. в 12:00»: for a customer, where the short form could be misread. */
export function formatLongDateTime(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat('ru-RU', { timeZone, dateStyle: 'long', timeStyle: 'short' }).format(
    new Date(instant),
  );
}
