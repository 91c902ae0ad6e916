/** Runs a Russian query against Pagefind: one search per term and one for the whole query, fused ranking. */
import type { SearchSynonyms } from '../../../content/schemas/search-synonyms.ts';
import { fuse, type Hit } from '../../lib/search/fuse.ts';
import { analyze, searchText, titleCoverage } from '../../lib/search/terms.ts';
import type { PagefindApi, PagefindResult, PagefindResultData } from './pagefind-api.ts';

export type Filters = Record<string, string>;

/** How much a title naming every term lifts a result among the first ones. */
const TITLE_BONUS = 1;
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

async function hitsFor(pagefind: PagefindApi, searched: string, filters: Filters): Promise<Hit<PagefindResult>[]> {
  const response = await pagefind.search(searched, { filters });
  return (response?.results ?? []).map((result) => ({ id: result.id, score: result.score, item: result }));
}

/** The query's terms worth searching, and the whole query made of them. */
function plan(query: string, synonyms: SearchSynonyms) {
  const terms = analyze(query, synonyms);
  const strong = terms.filter((term) => !term.weak);
  // A query of weak words only («приём») is still searched, just without the others to lean on.
  const searched = strong.length > 0 ? strong : terms;
  // The whole query in the words searched per term: the same index chunks, nothing more to fetch.
  const wholeQuery = searched.map((term) => term.searched).join(' ') || query;
  return { searched, wholeQuery };
}

/**
 * A word still being typed waits for its fourth letter: «с», «сч», «счё» each need another index
 * chunk on the way to «счётчик» (~10 KB more than the word itself on 2,000 entries).
 */
const WORD_BEING_TYPED = /(^|[^\p{L}\p{N}])[\p{L}\p{N}]{1,3}$/u;

/**
 * Starts downloading the index chunks the query typed so far will need, so that pressing «Найти»
 * only has to search. Chunks hold alphabetical runs of words, so a word half typed (from its
 * fourth letter) mostly needs the chunk of the whole word.
 */
export async function preload(
  pagefind: PagefindApi,
  typed: string,
  options: { synonyms: SearchSynonyms; filters: Filters },
): Promise<void> {
  const query = typed.trimStart().replace(WORD_BEING_TYPED, '$1').trim();
  if (query === '') return;
  const { wholeQuery } = plan(query, options.synonyms);
  const text = searchText(wholeQuery);
  if (text !== '') await pagefind.preload(text, { filters: options.filters });
}

export async function search(
  pagefind: PagefindApi,
  query: string,
  options: { synonyms: SearchSynonyms; filters: Filters; totalPages: number; firstCount: number },
): Promise<Ranked> {
  const { searched, wholeQuery } = plan(query, options.synonyms);
  // Each Pagefind search costs ~15 ms of the page's time on 2,000 pages: a text searched twice
  // (a one-term query is its own whole query) is searched once.
  const searches = new Map<string, Promise<Hit<PagefindResult>[]>>();
  const hits = (text: string) => {
    const sent = searchText(text);
    let pending = searches.get(sent);
    if (!pending) {
      pending = hitsFor(pagefind, sent, options.filters);
      searches.set(sent, pending);
    }
    return pending;
  };
  const [perTerm, whole] = await Promise.all([
    Promise.all(searched.map((term) => hits(term.searched))),
    hits(wholeQuery),
  ]);
  const fused = fuse(perTerm, whole, options.totalPages);
  // Only the results shown are fetched (one fragment each); the others wait for «Показать ещё».
  const firstFused = fused.slice(0, options.firstCount);
  const data = await Promise.all(firstFused.map((hit) => hit.item.data()));
  const first = firstFused
    .map((hit, i) => ({ data: data[i] as PagefindResultData, score: hit.score }))
    .map((entry) => ({ ...entry, score: entry.score * titleBoost(entry.data, searched) }))
    .sort((a, b) => b.score - a.score)
    .map((entry) => entry.data);
  return { first, rest: fused.slice(options.firstCount).map((hit) => hit.item) };
}
