import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withFragmentSets } from '../../site/lib/search/fragment-sets.ts';
import type { PagefindResult, PagefindResultData, SearchIndex } from '../../site/lib/search/index-api.ts';

const page = (id: string): PagefindResultData => ({
  url: `/${id}/`,
  content: `Текст\u200B ${id}`,
  meta: { title: id },
  filters: {},
});

/** An index of pages a…l whose own per-result fetch is counted. */
function indexOf(ownFetches: string[]): SearchIndex {
  const results: PagefindResult[] = 'abcdefghijkl'.split('').map((id, i) => ({
    id,
    score: 1 / (i + 1),
    words: [i],
    data: () => {
      ownFetches.push(id);
      return Promise.resolve(page(id));
    },
  }));
  return { search: () => Promise.resolve({ results }), preload: () => Promise.resolve() };
}

test('the ten results a query shows are fetched in one request, and not again for the next query', async () => {
  const requests: string[][] = [];
  const own: string[] = [];
  const index = withFragmentSets(indexOf(own), (ids) => {
    requests.push(ids);
    return Promise.resolve(Object.fromEntries(ids.map((id) => [id, page(id)])));
  });
  const first = (await index.search('счётчик'))?.results ?? [];
  const shown = await Promise.all(first.slice(0, 10).map((result) => result.data()));
  assert.deepEqual(
    shown.map((data) => data.url),
    'abcdefghij'.split('').map((id) => `/${id}/`),
  );
  assert.equal(shown[0]?.content, 'Текст a', 'zero-width spaces are dropped as Pagefind drops them');
  const next = (await index.search('показания'))?.results ?? [];
  await Promise.all(next.slice(2, 12).map((result) => result.data()));
  assert.deepEqual(requests, ['abcdefghij'.split(''), ['k', 'l']]);
  assert.deepEqual(own, [], "Pagefind's own fetch is not used");
});

test('a result whose request failed is asked for again by the next query', async () => {
  let fail = true;
  const requests: string[][] = [];
  const index = withFragmentSets(indexOf([]), (ids) => {
    requests.push(ids);
    return fail
      ? Promise.reject(new Error('503'))
      : Promise.resolve(Object.fromEntries(ids.map((id) => [id, page(id)])));
  });
  const results = (await index.search('счётчик'))?.results ?? [];
  await assert.rejects(Promise.all(results.slice(0, 3).map((result) => result.data())));
  fail = false;
  const shown = await Promise.all(results.slice(0, 3).map((result) => result.data()));
  assert.deepEqual(
    shown.map((data) => data.url),
    ['/a/', '/b/', '/c/'],
  );
  assert.deepEqual(requests, [
    ['a', 'b', 'c'],
    ['a', 'b', 'c'],
  ]);
});
