/**
 * The disclosure report of the built site: the registry evaluated against the real content.
 * Rendering the report fails the build when a required item is missing or overdue.
 */
import { getCollection, type CollectionKey } from 'astro:content';
import { getCompany } from '../company.ts';
import { lastUpdatedOf } from '../last-updated.ts';
import { localDate } from '../../../core/dates.ts';
import { assertDisclosuresComplete, disclosurePlaces, evaluateDisclosure, type DisclosureRow } from './evaluate.ts';

async function entriesOf(name: string): Promise<Array<Record<string, unknown>>> {
  try {
    return (await getCollection(name as CollectionKey)).map((entry) => entry.data as Record<string, unknown>);
  } catch {
    return []; // An unknown collection has no entries: the item is reported as missing.
  }
}

export async function disclosureReport(): Promise<DisclosureRow[]> {
  const registry = (await getCollection('disclosures')).map((entry) => entry.data);
  if (registry.length === 0) throw new Error('content/disclosures.yaml: реестр раскрытия информации пуст');
  const company = await getCompany();
  const pageFiles = new Map((await getCollection('pages')).map((page) => [`/${page.id}/`, page.filePath ?? '']));
  const collections = new Map<string, Array<Record<string, unknown>>>();
  for (const place of registry.flatMap(disclosurePlaces)) {
    if (place.type === 'collection' && !collections.has(place.collection)) {
      collections.set(place.collection, await entriesOf(place.collection));
    }
  }
  const rows = registry.map((item) =>
    evaluateDisclosure(item, {
      collections,
      companySampleFields: company.sampleFields,
      today: localDate(new Date(), company.timeZone),
      updatedAt: (disclosure) =>
        lastUpdatedOf([
          ...disclosure.sources,
          ...disclosurePlaces(disclosure).map((place) => pageFiles.get(place.path) ?? ''),
        ]),
    }),
  );
  assertDisclosuresComplete(rows);
  return rows.sort((a, b) => a.id.localeCompare(b.id));
}
