/**
 * The company profile (content/company.yaml), validated, for code that runs outside Astro's
 * content collections: the server, CLI tools, the CMS save check and the collections' own loaders.
 */
import { CompanySchema, type Company } from '../../content/schemas/company.ts';
import { fromRepoRoot } from '../repo-paths.ts';
import { loadYaml } from './load-yaml.ts';

export function loadCompany(path = fromRepoRoot('content/company.yaml')): Company {
  return loadYaml(path, CompanySchema);
}

/** The company's time zone: «today» decides which tariffs apply and what has expired. */
export function companyTimeZone(): string {
  return loadCompany().timeZone;
}
