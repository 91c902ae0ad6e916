import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { PriceLimitsFileSchema } from '../../content/schemas/price-limits.ts';
import { seriesFileLoader } from '../../site/lib/content/series-file-loader.ts';

const demo = readFileSync(new URL('../../content/tariffs/price-limits.yaml', import.meta.url), 'utf8');

/** Runs the loader over `yaml` in a throwaway project root on `today`; returns the ids it stored. */
async function load(yaml: string, today = '2026-11-22'): Promise<string[]> {
  const root = mkdtempSync(join(tmpdir(), 'es-loader-'));
  try {
    writeFileSync(join(root, 'price-limits.yaml'), yaml);
    const stored: string[] = [];
    // Only the parts of Astro's context the loader uses; parseData is Astro's per-entry validation.
    const context = {
      config: { root: pathToFileURL(`${root}/`) },
      store: { clear: () => stored.splice(0), set: ({ id }: { id: string }) => stored.push(id) },
      parseData: ({ data }: { data: unknown }) => Promise.resolve(data),
      logger: { error: () => undefined, info: () => undefined },
    } as unknown as LoaderContext;
    const loader = seriesFileLoader({
      path: 'price-limits.yaml',
      key: 'months',
      fileSchema: () => PriceLimitsFileSchema,
      idOf: (entry) => String(entry['period']),
      publishedOn: (entry) => String(entry['publishedAt']),
      today: () => today,
    });
    await loader.load(context);
    return stored;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

test('a valid file is stored entry by entry, keyed by the id the collection chooses', async () => {
  assert.deepEqual(await load(demo), ['2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10']);
});

test('a month prepared in advance stays out of the site until its publication day', async () => {
  // November is published on 11 December and December on 13 January (content/tariffs/price-limits.yaml).
  assert.deepEqual((await load(demo, '2026-12-10')).at(-1), '2026-10');
  assert.deepEqual((await load(demo, '2026-12-11')).at(-1), '2026-11');
  assert.deepEqual((await load(demo, '2027-01-13')).slice(-2), ['2026-11', '2026-12']);
});

test('an entry scheduled for later is still checked today', async () => {
  const broken = demo.replace("period: '2026-12'", "period: '2026-13'");
  await assert.rejects(load(broken), /months\.7\.period: Укажите расчётный месяц/);
});

test('a broken file stops the build with a preamble and one line per problem', async () => {
  const broken = demo
    .replace("period: '2026-05'", "period: '2026-5'")
    .replace('publishedAt: 2026-07-13', 'publishedAt: 2026-06-20');
  await assert.rejects(load(broken), (error: Error) => {
    assert.match(error.message, /^Ошибка в price-limits\.yaml \(проверено на \d{4}-\d{2}-\d{2}\):\n/);
    assert.deepEqual(error.message.split('\n').slice(1), [
      '- months.0.period: Укажите расчётный месяц в формате ГГГГ-ММ, например 2026-10',
      '- months.1.publishedAt: Дата публикации (publishedAt) должна быть позже расчётного месяца: уровни считают по его итогам',
    ]);
    return true;
  });
});

test('a file that is not YAML is reported with its name, not as an empty collection', async () => {
  await assert.rejects(
    load('months:\n  - period: [2026-05\n'),
    /^Error: Ошибка в price-limits\.yaml: файл не читается как YAML/,
  );
});
