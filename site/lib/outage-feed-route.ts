/** What the two feed routes share: the locality from the URL and the feed's inputs, or a Russian 404. */
import { getCollection } from 'astro:content';
import { t } from '../../core/i18n/i18n.ts';
import { outageLocalities } from '../../core/outages/schedule.ts';
import { getCompany } from './company.ts';
import { lastUpdatedOf } from './last-updated.ts';
import { CONTENT } from '../../content/registry.ts';
import type { OutageFeedContext } from './outage-feeds.ts';

export async function outageFeedContext(slug: string | undefined, site: URL): Promise<OutageFeedContext | Response> {
  const outages = (await getCollection('powerOutages')).map((entry) => entry.data);
  const locality = outageLocalities(outages).find((candidate) => candidate.slug === slug);
  if (!locality) {
    return new Response(t('powerOutages.noLocality'), {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  const networks = (await getCollection('networkCompanies')).map((entry) => entry.data);
  const company = await getCompany();
  // A checkout without git history has no content dates: the moment of the request stands in.
  const revised = lastUpdatedOf([CONTENT.powerOutages.file, CONTENT.networkCompanies.file]) ?? new Date().toISOString();
  return { site, locality, outages, networks, timeZone: company.timeZone, company: company.shortName, revised };
}

export function feedResponse(body: string, contentType: string): Response {
  return new Response(body, { headers: { 'Content-Type': contentType, 'Cache-Control': 'no-cache' } });
}
