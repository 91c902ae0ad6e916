/** Dates and times for people, always in the company time zone. */

/** «22 ноября 2026 г.» */
export function formatDate(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('ru-RU', { dateStyle: 'long', timeZone }).format(new Date(iso));
}

/** «22 ноября 2026 г., 14:20» */
export function formatDateTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('ru-RU', { dateStyle: 'long', timeStyle: 'short', timeZone }).format(new Date(iso));
}
