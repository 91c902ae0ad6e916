/** Reads every year's calendar from content/calendar/ and validates it. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CalendarYearSchema, type CalendarYear } from '../../content/schemas/calendar.ts';
import { fromRepoRoot } from '../repo-paths.ts';
import { createWorkCalendar, type WorkCalendar } from './working-days.ts';

export function readCalendarYears(dir = fromRepoRoot('content/calendar')): CalendarYear[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => {
      const result = CalendarYearSchema.safeParse(parse(readFileSync(join(dir, name), 'utf8')));
      if (!result.success) {
        const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
        throw new Error(`content/calendar/${name} is invalid:\n${lines.join('\n')}`);
      }
      if (`${result.data.year}.yaml` !== name)
        throw new Error(`content/calendar/${name}: the file name must be the year (${result.data.year}.yaml)`);
      return result.data;
    });
}

export function loadWorkCalendar(dir?: string): WorkCalendar {
  return createWorkCalendar(readCalendarYears(dir));
}
