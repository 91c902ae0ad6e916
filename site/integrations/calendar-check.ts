import type { AstroIntegration } from 'astro';
import { companyTimeZone } from '../../core/content/company.ts';
import { localDate } from '../../core/dates.ts';
import { loadWorkCalendar } from '../../core/calendar/load.ts';
import { calendarWarning } from '../../core/calendar/working-days.ts';

/** Warns in every build when this or next year's working-day calendar is due but missing or provisional. */
export function calendarCheck(): AstroIntegration {
  return {
    name: 'es-calendar-check',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const warning = calendarWarning(loadWorkCalendar(), localDate(new Date(), companyTimeZone()));
        if (warning) logger.warn(warning);
      },
    },
  };
}
