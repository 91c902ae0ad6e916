/**
 * The company profile (content/company.yaml), validated, for code that runs outside Astro's
 * content collections: the server, CLI tools, the CMS publish check and the build's own loaders.
 * Pages read the same file through the `company` collection (site/lib/company.ts).
 */
import type { Company } from '../../content/schemas/company.ts';
import { loadContentFile } from './load.ts';

export function loadCompany(): Company {
  return loadContentFile('company');
}

/** The company's time zone: «today» decides which tariffs apply and what has expired. */
export function companyTimeZone(): string {
  return loadCompany().timeZone;
}
