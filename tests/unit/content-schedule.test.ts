/**
 * The demo content keeps the build green until the next update named in content/README.md
 * («When the content must next be updated»): the monthly and annual rules of the real registry,
 * over the entries the real loader publishes on each day, and the tariff periods.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { parse } from 'yaml';
import { DisclosuresFileSchema } from '../../content/schemas/disclosure.ts';
import { PriceLimitsFileSchema } from '../../content/schemas/price-limits.ts';
import { salesMarkupFileSchema } from '../../content/schemas/sales-markup.ts';
import { tariffsFileSchema } from '../../content/schemas/tariff.ts';
import { WRAPPED_FILES } from '../../content/registry.ts';
import { fromRepoRoot } from '../../core/repo-paths.ts';
import { seriesFileLoader } from '../../site/lib/content/series-file-loader.ts';
import { disclosurePlaces, evaluateDisclosure } from '../../site/lib/disclosures/evaluate.ts';

const read = (path: string): unknown => parse(readFileSync(fromRepoRoot(path), 'utf8'));
const { disclosures } = DisclosuresFileSchema.parse(read('content/disclosures.yaml'));

/** The entries the site's loader publishes on `day`, as site/content.config.ts configures it. */
async function published(
  options: Pick<Parameters<typeof seriesFileLoader>[0], 'path' | 'key' | 'fileSchema' | 'publishedOn'>,
  day: string,
): Promise<Array<Record<string, unknown>>> {
  const stored: Array<Record<string, unknown>> = [];
  const context = {
    config: { root: pathToFileURL(fromRepoRoot('.') + '/') },
    store: { clear: () => stored.splice(0), set: ({ data }: { data: Record<string, unknown> }) => stored.push(data) },
    parseData: ({ data }: { data: unknown }) => Promise.resolve(data),
    logger: { error: () => undefined, info: () => undefined },
  } as unknown as LoaderContext;
  await seriesFileLoader({ ...options, idOf: (entry) => JSON.stringify(entry), today: () => day }).load(context);
  return stored;
}

/** Problems of the periodic registry items on `day`, e.g. «C03: нет публикации за период …». */
async function periodicProblems(day: string): Promise<string[]> {
  const collections = new Map([
    [
      'priceLimits',
      await published(
        {
          path: 'content/tariffs/price-limits.yaml',
          key: 'months',
          fileSchema: () => PriceLimitsFileSchema,
          publishedOn: (entry) => String(entry['publishedAt']),
        },
        day,
      ),
    ],
    [
      'documents',
      await published(
        {
          path: WRAPPED_FILES.documents.path,
          key: WRAPPED_FILES.documents.key,
          fileSchema: () => WRAPPED_FILES.documents.schema,
          publishedOn: (entry) => String(entry['date']),
        },
        day,
      ),
    ],
  ]);
  const periodic = disclosures.filter((item) =>
    disclosurePlaces(item).some((place) => place.type === 'collection' && place.rule),
  );
  assert.ok(periodic.length >= 6, 'C03, D01, D02, D05, D06, D07 have rules');
  const context = { collections, companySampleFields: [], today: day, updatedAt: () => null };
  return periodic.flatMap((item) => {
    const row = evaluateDisclosure(item, context);
    return row.status === 'stale' || row.status === 'missing' ? [`${row.id}: ${row.problem ?? ''}`] : [];
  });
}

test('every periodic item is published on time through 15 February 2027', async () => {
  for (const day of ['2026-11-22', '2026-12-16', '2027-01-16', '2027-01-20', '2027-02-15']) {
    assert.deepEqual(await periodicProblems(day), [], day);
  }
});

test('on 16 February 2027 the January data is due: the build would stop naming C03 and D07', async () => {
  assert.deepEqual(
    (await periodicProblems('2027-02-16')).map((problem) => problem.slice(0, 3)),
    ['C03', 'D07'],
  );
});

test('the tariffs and the sales markup have prices for every day until 30 June 2027', () => {
  for (const day of ['2027-01-01', '2027-06-30']) {
    assert.equal(tariffsFileSchema(day).safeParse(read('content/tariffs/tariffs.yaml')).success, true, day);
    assert.equal(salesMarkupFileSchema(day).safeParse(read('content/tariffs/sales-markup.yaml')).success, true, day);
  }
  assert.equal(tariffsFileSchema('2027-07-01').safeParse(read('content/tariffs/tariffs.yaml')).success, false);
});
