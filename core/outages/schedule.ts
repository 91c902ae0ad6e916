/**
 * Which outages a citizen sees under «Сегодня», «Завтра», «Запланировано» and «Завершено», and
 * which of them concern an address. Computed at request time in the company's time zone.
 */
import type { PowerOutage } from '../../content/schemas/power-outage.ts';
import { addDays, localDate } from '../dates.ts';
import { localityName, localitySlug, streetMatches, streetQueryWords } from './address-search.ts';

export const OUTAGE_GROUPS = ['today', 'tomorrow', 'planned', 'finished'] as const;
export type OutageGroup = (typeof OUTAGE_GROUPS)[number];

/** When power came back, or is expected back while the actual end is not entered. */
export function outageEnd(outage: PowerOutage): string {
  return outage.actualEnd ?? outage.expectedEnd;
}

/**
 * «today» holds every outage going on now or starting later today; an outage whose (actual or
 * expected) end has passed is finished.
 */
export function outageGroup(outage: PowerOutage, now: Date, timeZone: string): OutageGroup {
  if (Date.parse(outageEnd(outage)) <= now.getTime()) return 'finished';
  const today = localDate(now, timeZone);
  const startDay = localDate(new Date(outage.start), timeZone);
  if (startDay <= today) return 'today';
  return startDay === addDays(today, 1) ? 'tomorrow' : 'planned';
}

/** Each group in the order a reader wants it: coming ones by start, finished ones newest first. */
export function groupOutages(
  outages: readonly PowerOutage[],
  now: Date,
  timeZone: string,
): Record<OutageGroup, PowerOutage[]> {
  const groups: Record<OutageGroup, PowerOutage[]> = { today: [], tomorrow: [], planned: [], finished: [] };
  for (const outage of outages) groups[outageGroup(outage, now, timeZone)].push(outage);
  for (const group of OUTAGE_GROUPS) {
    groups[group].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  }
  groups.finished.reverse();
  return groups;
}

export interface AddressQuery {
  /** A locality slug (see localitySlug); empty means any. */
  locality: string;
  /** Free text: a street name or its part; empty means any. */
  street: string;
}

/** A place with no streets listed is the whole locality, so it matches any street. */
export function outageMatches(outage: PowerOutage, query: AddressQuery): boolean {
  const words = streetQueryWords(query.street);
  return outage.places.some(
    (place) =>
      (query.locality === '' || localitySlug(place.locality) === query.locality) &&
      (words.length === 0 ||
        place.streets.length === 0 ||
        place.streets.some((entry) => streetMatches(entry.street, words))),
  );
}

export interface Locality {
  slug: string;
  name: string;
}

/** Every locality named in the outages, alphabetically by name without its type («г.», «с.»). */
export function outageLocalities(outages: readonly PowerOutage[]): Locality[] {
  const bySlug = new Map<string, string>();
  for (const place of outages.flatMap((outage) => outage.places)) {
    bySlug.set(localitySlug(place.locality), place.locality);
  }
  return [...bySlug]
    .map(([slug, name]) => ({ slug, name }))
    .sort((a, b) => localityName(a.name).localeCompare(localityName(b.name), 'ru'));
}

/** «г. Томск: ул. Примерная, д. 1–15; пер. Образцовый» for one place; the whole locality when no streets. */
export function placeText(place: PowerOutage['places'][number]): string {
  if (place.streets.length === 0) return place.locality;
  const streets = place.streets.map((entry) => (entry.houses ? `${entry.street}, ${entry.houses}` : entry.street));
  return `${place.locality}: ${streets.join('; ')}`;
}
