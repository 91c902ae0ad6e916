/** Calendar dates in the company time zone: «today» decides which tariffs apply and what has expired. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { TimeZoneSchema } from '../../content/schemas/common.ts';

/** «YYYY-MM-DD» of `at` in `timeZone`. */
export function isoDateIn(timeZone: string, at: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/**
 * The company time zone straight from `content/company.yaml`, for code that runs before content
 * collections exist (loaders). Pages use getCompany().
 */
export function companyTimeZone(): string {
  const company = parse(readFileSync(new URL('../../content/company.yaml', import.meta.url), 'utf8')) as {
    timeZone?: unknown;
  };
  return TimeZoneSchema.parse(company.timeZone);
}
