/** Reads every year's calendar from content/calendar/ (the registry's `calendar` folder) and validates it. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CalendarYearSchema, type CalendarYear } from '../../content/schemas/calendar.ts';
import { parseWithFriendlyErrors } from '../../content/schemas/friendly-errors.ts';
import { fromRepoRoot } from '../repo-paths.ts';
import { contentPath } from '../content/load.ts';
import { createWorkCalendar, type WorkCalendar } from './working-days.ts';

const FOLDER = contentPath('calendar');

export function readCalendarYears(dir = fromRepoRoot(FOLDER)): CalendarYear[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => {
      const year = parseWithFriendlyErrors(
        CalendarYearSchema,
        parse(readFileSync(join(dir, name), 'utf8')),
        `${FOLDER}/${name} is invalid:`,
      );
      if (`${year.year}.yaml` !== name)
        throw new Error(`${FOLDER}/${name}: the file name must be the year (${year.year}.yaml)`);
      return year;
    });
}

export function loadWorkCalendar(dir?: string): WorkCalendar {
  return createWorkCalendar(readCalendarYears(dir));
}
