/**
 * Subscriptions to the outages of one locality: an Atom feed and an iCalendar feed, built from the
 * same entries as the page. Each outage lists only the streets of that locality.
 */
import type { NetworkCompany } from '../../content/schemas/network-company.ts';
import type { PowerOutage } from '../../content/schemas/power-outage.ts';
import { formatDateTime } from '../../core/dates.ts';
import { t } from '../../core/i18n/i18n.ts';
import { localitySlug } from '../../core/outages/address-search.ts';
import { outageEnd, placeText, type Locality } from '../../core/outages/schedule.ts';
import { atomDocument } from './atom.ts';
import { calendarText } from '../../core/outages/icalendar.ts';

export const OUTAGES_PATH = '/otklyucheniya/';

export const atomPath = (slug: string): string => `${OUTAGES_PATH}${slug}.atom`;
export const calendarPath = (slug: string): string => `${OUTAGES_PATH}${slug}.ics`;

export interface OutageFeedContext {
  site: URL;
  locality: Locality;
  /** Every outage; those elsewhere are left out here. */
  outages: readonly PowerOutage[];
  networks: readonly NetworkCompany[];
  timeZone: string;
  company: string;
  /** Last change of the outage content (ISO 8601): no entry is newer, the calendar's DTSTAMP. */
  revised: string;
}

interface FeedItem {
  outage: PowerOutage;
  title: string;
  where: string;
  details: string;
  link: string;
}

function feedItems(context: OutageFeedContext): FeedItem[] {
  const { site, locality, networks, timeZone } = context;
  return context.outages
    .filter((outage) => outage.places.some((place) => localitySlug(place.locality) === locality.slug))
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
    .map((outage) => {
      const where = outage.places
        .filter((place) => localitySlug(place.locality) === locality.slug)
        .map(placeText)
        .join('; ');
      const network = networks.find((company) => company.id === outage.network);
      const end = outage.actualEnd
        ? `${t('powerOutages.actualEnd')}: ${formatDateTime(outage.actualEnd, timeZone)}`
        : `${t('powerOutages.expectedEnd')}: ${formatDateTime(outage.expectedEnd, timeZone)}`;
      const details = [
        `${t('powerOutages.start')}: ${formatDateTime(outage.start, timeZone)}`,
        end,
        `${t('powerOutages.reason')}: ${outage.reason}`,
        ...(network ? [`${t('powerOutages.emergencyPhone')} (${network.name}): ${network.emergencyPhone}`] : []),
        ...(outage.sample ? [t('powerOutages.sampleEntry')] : []),
      ].join('\n');
      return {
        outage,
        title: `${t(`powerOutages.title.${outage.kind}`)}: ${where}`,
        where,
        details,
        link: new URL(`${OUTAGES_PATH}#otklyuchenie-${outage.id}`, site).href,
      };
    });
}

export function outagesAtom(context: OutageFeedContext): string {
  const items = feedItems(context);
  // No revision time per entry is kept: an entry changes when it is published (at the latest
  // with the content's last change) and when it is closed (its actual end).
  const revised = Date.parse(context.revised);
  const updatedOf = (outage: PowerOutage) =>
    outage.actualEnd && Date.parse(outage.actualEnd) < revised ? outage.actualEnd : context.revised;
  return atomDocument({
    self: new URL(atomPath(context.locality.slug), context.site).href,
    link: new URL(OUTAGES_PATH, context.site).href,
    title: `${t('powerOutages.feedTitle')}: ${context.locality.name}`,
    author: context.company,
    updated: context.revised,
    entries: items.map((item) => ({
      id: item.link,
      title: item.title,
      updated: updatedOf(item.outage),
      link: item.link,
      summary: item.details,
    })),
  });
}

export function outagesCalendar(context: OutageFeedContext): string {
  return calendarText({
    productId: `-//${context.company}//${t('powerOutages.feedTitle')}//RU`,
    name: `${t('powerOutages.feedTitle')}: ${context.locality.name}`,
    stamp: new Date(context.revised),
    events: feedItems(context).map((item) => ({
      uid: `${item.outage.id}@${context.site.host}`,
      start: item.outage.start,
      end: outageEnd(item.outage),
      summary: item.title,
      location: item.where,
      description: item.details,
      url: item.link,
    })),
  });
}
