import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadContentFile } from '../../../core/content/load.ts';
import { fromRepoRoot } from '../../../core/repo-paths.ts';
import { search } from '../../../site/lib/search/engine.ts';
import { RELEVANCE_SET } from '../../../tests/search/relevance-set.ts';
import { buildSiteIfStale } from '../../src/site/build-if-stale.ts';
import { createServerSearchIndex } from '../../src/site/search-index.ts';

test('/poisk/ on the server gives a query the same first results whatever was asked before it', async () => {
  buildSiteIfStale(fromRepoRoot('dist'), () => undefined);
  const synonyms = loadContentFile('searchSynonyms');
  const queries = RELEVANCE_SET.filter((c) => c.part === 'tuning').map((c) => c.query);
  /** Two servers that answer the same queries in opposite orders. */
  async function firstThree(order: string[]): Promise<Map<string, string[]>> {
    const { index, totalPages } = await createServerSearchIndex(fromRepoRoot('dist/client/pagefind')).open();
    const shown = new Map<string, string[]>();
    for (const query of order) {
      const ranked = await search(index, query, { synonyms, filters: {}, totalPages, firstCount: 3 });
      shown.set(
        query,
        ranked.first.map((result) => result.url),
      );
    }
    return shown;
  }
  const forward = await firstThree(queries);
  const backward = await firstThree([...queries].reverse());
  const differing = queries.filter((query) => forward.get(query)?.join() !== backward.get(query)?.join());
  assert.deepEqual(differing, []);
});
