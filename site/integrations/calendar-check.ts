import { readFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { parse } from 'yaml';
import { CompanySchema } from '../../content/schemas/company.ts';
import { localDate } from '../../core/dates.ts';
import { loadWorkCalendar } from '../../core/calendar/load.ts';
import { missingNextYearWarning } from '../../core/calendar/working-days.ts';

/** Warns in every build when next year's working-day calendar is due but missing. */
export function calendarCheck(): AstroIntegration {
  return {
    name: 'es-calendar-check',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const company = CompanySchema.parse(parse(readFileSync('content/company.yaml', 'utf8')));
        const warning = missingNextYearWarning(loadWorkCalendar(), localDate(new Date(), company.timeZone));
        if (warning) logger.warn(warning);
      },
    },
  };
}
