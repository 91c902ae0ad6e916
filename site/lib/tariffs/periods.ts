/** Tariff, sales-markup and price-limit series and the benefits from the content collections. */
import { getCollection } from 'astro:content';
import type { PriceLimitsMonth } from '../../../content/schemas/price-limits.ts';
import type { SalesMarkupPeriod } from '../../../content/schemas/sales-markup.ts';
import type { TariffBenefit } from '../../../content/schemas/tariff-benefit.ts';
import type { TariffPeriod } from '../../../content/schemas/tariff.ts';
import { getCompany } from '../company.ts';
import { localDate } from '../../../core/dates.ts';

/** Oldest first. */
export async function getTariffPeriods(): Promise<TariffPeriod[]> {
  const entries = await getCollection('tariffs');
  return entries.map((entry) => entry.data).sort((a, b) => a.validFrom.localeCompare(b.validFrom));
}

/** Oldest first. */
export async function getSalesMarkupPeriods(): Promise<SalesMarkupPeriod[]> {
  const entries = await getCollection('salesMarkup');
  return entries.map((entry) => entry.data).sort((a, b) => a.validFrom.localeCompare(b.validFrom));
}

/** In the order of the file: editors put the most common benefit first. */
export async function getTariffBenefits(): Promise<TariffBenefit[]> {
  return (await getCollection('tariffBenefits')).map((entry) => entry.data);
}

/** Newest first: people look for the latest month. */
export async function getPriceLimitMonths(): Promise<PriceLimitsMonth[]> {
  const entries = await getCollection('priceLimits');
  return entries.map((entry) => entry.data).sort((a, b) => b.period.localeCompare(a.period));
}

/** Today in the company time zone, «YYYY-MM-DD». */
export async function companyToday(): Promise<string> {
  const company = await getCompany();
  return localDate(new Date(), company.timeZone);
}

export interface Dated {
  validFrom: string;
  validTo: string;
}

/** The period in force on `day`, and the next one if it is already known. */
export function inForce<Period extends Dated>(
  periods: readonly Period[],
  day: string,
): { current: Period | undefined; upcoming: Period | undefined } {
  return {
    current: periods.find((period) => period.validFrom <= day && day <= period.validTo),
    upcoming: periods.find((period) => period.validFrom > day),
  };
}
