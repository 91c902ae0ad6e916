import { getEntry } from 'astro:content';
import type { Company } from '../../content/schemas/company.ts';
import { normalizePhone } from '../../content/schemas/common.ts';

/** The validated company profile from `content/company.yaml`. */
export async function getCompany(): Promise<Company> {
  const entry = await getEntry('company', 'company');
  if (!entry) throw new Error('content/company.yaml is missing');
  return entry.data;
}

export function isSample(company: Company, field: Company['sampleFields'][number]): boolean {
  return company.sampleFields.includes(field);
}

/** `tel:` link for a phone as printed; the schema guarantees it normalises. */
export function telHref(number: string): string {
  return `tel:${normalizePhone(number) ?? number}`;
}
