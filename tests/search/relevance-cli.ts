/**
 * `npm run search:relevance`: the relevance figures of both parts of the set, ranked in Node by
 * the site's ranking on the built index (npm run build first), in seconds instead of a browser's
 * minutes. Lists the tuning part's misses; the held-out part only as figures.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { SearchSynonymsSchema } from '../../content/schemas/search-synonyms.ts';
import { fromRepoRoot } from '../../core/repo-paths.ts';
import { createServerSearchIndex } from '../../forms-api/src/site/search-index.ts';
import { WEIGHTS, search } from '../../site/lib/search/engine.ts';
import { SYNONYMS_FILE } from '../../site/lib/search/synonyms-file.ts';
import { describe, measureRelevance } from './metrics.ts';
import { RELEVANCE_SET } from './relevance-set.ts';

const synonyms = SearchSynonymsSchema.parse(parse(readFileSync(fromRepoRoot(SYNONYMS_FILE), 'utf8')));
const { index, totalPages } = await createServerSearchIndex(fromRepoRoot('dist/client/pagefind')).open();
// Trying other weights on the tuning part: WEIGHTS='{"title":2}' npm run search:relevance
Object.assign(WEIGHTS, JSON.parse(process.env['WEIGHTS'] ?? '{}'));
const figures = await measureRelevance(RELEVANCE_SET, async (query) => {
  const ranked = await search(index, query, { synonyms, filters: {}, totalPages, firstCount: 10 });
  return ranked.first.map((shown) => shown.url);
});
console.log(describe(figures.tuning));
console.log(describe(figures['held-out']));
console.log(`\ntuning misses (not in the top 3):\n${figures.tuning.misses.join('\n')}`);
