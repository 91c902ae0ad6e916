/** Runs a Russian query against Pagefind: synonyms, one search per term, fused ranking. */
import type { SearchSynonyms } from '../../../content/schemas/search-synonyms.ts';
import { fuse, type Hit } from '../../lib/search/fuse.ts';
import { analyze, searchText, titleCoverage } from '../../lib/search/terms.ts';
import type { PagefindApi, PagefindResult, PagefindResultData } from './pagefind-api.ts';

export type Filters = Record<string, string>;

/** How much a title naming every term lifts a result among the first ones. */
const TITLE_BONUS = 0.5;
/** A section page (/oplata/) whose title names the whole query is the best answer to it. */
const SECTION_BONUS = 1.5;

function titleBoost(data: PagefindResultData, terms: Parameters<typeof titleCoverage>[1]): number {
  const coverage = titleCoverage(data.meta.title ?? '', terms);
  return (1 + TITLE_BONUS * coverage) * (coverage === 1 && data.meta.kind === 'section' ? SECTION_BONUS : 1);
}

export interface Ranked {
  /** The first results with their data loaded, re-ordered by how well their titles match. */
  first: PagefindResultData[];
  /** The other results, in order, data not yet loaded. */
  rest: PagefindResult[];
}

async function hitsFor(pagefind: PagefindApi, text: string, filters: Filters): Promise<Hit<PagefindResult>[]> {
  const response = await pagefind.search(searchText(text), { filters });
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
  options: { synonyms: SearchSynonyms; filters: Filters; totalPages: number; firstCount: number },
): Promise<Ranked> {
  const terms = analyze(query, options.synonyms);
  const strong = terms.filter((term) => !term.weak);
  // A query of weak words only («приём») is still searched, just without the others to lean on.
  const searched = strong.length > 0 ? strong : terms;
  const wholeQuery = terms.map((term) => term.typed).join(' ') || query;
  const [perTerm, whole] = await Promise.all([
    Promise.all(searched.map((term) => termHits(pagefind, term.alternatives, options.filters))),
    hitsFor(pagefind, wholeQuery, options.filters),
  ]);
  const fused = fuse(perTerm, whole, options.totalPages);
  const firstFused = fused.slice(0, options.firstCount);
  const data = await Promise.all(firstFused.map((hit) => hit.item.data()));
  const first = firstFused
    .map((hit, i) => ({ data: data[i] as PagefindResultData, score: hit.score }))
    .map((entry) => ({ ...entry, score: entry.score * titleBoost(entry.data, searched) }))
    .sort((a, b) => b.score - a.score)
    .map((entry) => entry.data);
  return { first, rest: fused.slice(options.firstCount).map((hit) => hit.item) };
}
