/** The company profile from content/company.yaml for the server (pages read it through astro:content). */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { CompanySchema, type Company } from '../../../content/schemas/company.ts';
import { fromRepoRoot } from './paths.ts';

export function loadCompany(path = fromRepoRoot('content/company.yaml')): Company {
  return CompanySchema.parse(parse(readFileSync(path, 'utf8')));
}
