/** Runs a Russian query against Pagefind: synonyms, one search per term, fused ranking. */
import type { SearchSynonyms } from '../../../content/schemas/search-synonyms.ts';
import { fuse, type Fused, type Hit } from '../../lib/search/fuse.ts';
import { analyze } from '../../lib/search/terms.ts';
import type { PagefindApi, PagefindResult } from './pagefind-api.ts';

export type Filters = Record<string, string>;

async function hitsFor(pagefind: PagefindApi, text: string, filters: Filters): Promise<Hit<PagefindResult>[]> {
  const response = await pagefind.search(text, { filters });
  return (response?.results ?? []).map((result) => ({ id: result.id, score: result.score, item: result }));
}

/** Best score per page across all names of one term. */
async function termHits(pagefind: PagefindApi, alternatives: string[], filters: Filters) {
  const best = new Map<string, Hit<PagefindResult>>();
  for (const hits of await Promise.all(alternatives.map((name) => hitsFor(pagefind, name, filters)))) {
    for (const hit of hits) {
      const current = best.get(hit.id);
      if (!current || hit.score > current.score) best.set(hit.id, hit);
    }
  }
  return [...best.values()];
}

export async function search(
  pagefind: PagefindApi,
  query: string,
  synonyms: SearchSynonyms,
  filters: Filters,
): Promise<Fused<PagefindResult>[]> {
  const terms = analyze(query, synonyms);
  const strong = terms.filter((term) => !term.weak);
  // A query of weak words only («приём») is still searched, just without the others to lean on.
  const searched = strong.length > 0 ? strong : terms;
  const wholeQuery = terms.map((term) => term.typed).join(' ') || query;
  const [perTerm, whole] = await Promise.all([
    Promise.all(searched.map((term) => termHits(pagefind, term.alternatives, filters))),
    hitsFor(pagefind, wholeQuery, filters),
  ]);
  return fuse(perTerm, whole);
}
