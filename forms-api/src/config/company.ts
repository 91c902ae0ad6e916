/** The company profile (content/company.yaml) for the server; pages read it through astro:content. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { CompanySchema, type Company } from '../../../content/schemas/company.ts';
import { fromRepoRoot } from './paths.ts';

export function loadCompany(path = fromRepoRoot('content/company.yaml')): Company {
  return CompanySchema.parse(parse(readFileSync(path, 'utf8')));
}

/** Calendar year of an instant in the company's time zone (numbering restarts on 1 January there). */
export function yearIn(timeZone: string, instant: Date): number {
  return Number(new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric' }).format(instant));
}
