import assert from 'node:assert/strict';
import { test } from 'node:test';
import { preload, search } from '../../site/scripts/search/engine.ts';
import type { PagefindApi, PagefindResult } from '../../site/scripts/search/pagefind-api.ts';

/** A Pagefind stand-in over a few pages: a page matches a search when it holds every word. */
function fakePagefind(pages: Record<string, { title: string; words: string[] }>) {
  const searched: string[] = [];
  const preloaded: string[] = [];
  const api: PagefindApi = {
    options: () => Promise.resolve(),
    init: () => Promise.resolve(),
    preload: (term) => {
      preloaded.push(term);
      return Promise.resolve();
    },
    search: (term) => {
      searched.push(term ?? '');
      const words = (term ?? '').split(' ');
      const results: PagefindResult[] = Object.entries(pages)
        .filter(([, page]) => words.every((word) => page.words.some((w) => w.startsWith(word))))
        .map(([url, page]) => ({
          id: url,
          score: 1,
          data: () => Promise.resolve({ url, excerpt: '', meta: { title: page.title }, filters: {} }),
        }));
      return Promise.resolve({ results });
    },
  };
  return { api, searched, preloaded };
}

const options = { synonyms: { groups: [], weak: [] }, filters: {}, totalPages: 3, firstCount: 10 };

test('a one-word query runs one Pagefind search, not the same search twice', async () => {
  const { api, searched } = fakePagefind({
    '/a/': { title: 'Рассрочка', words: ['рассрочк'] },
    '/b/': { title: 'Оплата', words: ['оплат'] },
  });
  const ranked = await search(api, 'рассрочка', options);
  assert.deepEqual(
    ranked.first.map((data) => data.url),
    ['/a/'],
  );
  assert.equal(searched.length, 1);
});

test('a two-word query searches each word and the whole query once each', async () => {
  const { api, searched } = fakePagefind({
    '/a/': { title: 'Рассрочка долга', words: ['рассрочк', 'долг'] },
    '/b/': { title: 'Долг', words: ['долг'] },
  });
  const ranked = await search(api, 'рассрочка долга', options);
  assert.deepEqual(
    ranked.first.map((data) => data.url),
    ['/a/', '/b/'],
  );
  assert.equal(searched.length, 3);
  assert.equal(new Set(searched).size, 3);
});

test('while typing, the words so far are preloaded, a word is left out until its fourth letter', async () => {
  const { api, preloaded } = fakePagefind({});
  const typing = { synonyms: { groups: [], weak: [] }, filters: {} };
  for (const typed of ['с', 'сч', 'счё', 'счёт', 'показания сч', 'показания ', 'замена ПУ ']) {
    await preload(api, typed, typing);
  }
  assert.deepEqual(preloaded, ['счет', 'показан', 'показан', 'замен пу']);
});
