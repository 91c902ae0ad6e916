/**
 * Offices close on every public day off by themselves: the working-day calendar adds a closed
 * day to the hours, and content/offices.yaml lists only real exceptions (shorter pre-holiday
 * hours, a one-off closure), which win over the calendar.
 */
import type { OpeningHours } from '../../content/schemas/common.ts';
import { t } from '../i18n/i18n.ts';

export function withDaysOff(hours: OpeningHours, daysOff: readonly string[]): OpeningHours {
  const listed = new Set(hours.exceptions.map((exception) => exception.date));
  const closed = daysOff.filter((date) => !listed.has(date)).map((date) => ({ date, note: t('offices.dayOff') }));
  return { ...hours, exceptions: [...hours.exceptions, ...closed].sort((a, b) => a.date.localeCompare(b.date)) };
}
