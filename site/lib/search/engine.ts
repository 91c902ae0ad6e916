/**
 * The site search's ranking, one implementation for the browser (site/scripts/search/page.ts)
 * and the server (/poisk/?q=… without JavaScript): one Pagefind search per query term and one
 * for the whole query, fused (fuse.ts); then the first page of results re-ranked by how closely
 * their titles match the query, how close together the query's words stand in their text, and
 * whether the page is the kind the query asks for (an answer to a question, a section or a task).
 */
import type { SearchSynonyms } from '../../../content/schemas/search-synonyms.ts';
import { fuse, rarity, type Fused, type Hit } from './fuse.ts';
import type { PagefindResult, PagefindResultData, SearchIndex } from './index-api.ts';
import { excerpt, leadSentence, ownWords, proximity, type TermNames } from './passage.ts';
import {
  analyze,
  isQuestion,
  isTaskQuery,
  nameStems,
  oneEditApart,
  questionKind,
  searchText,
  titleSimilarity,
  type QueryTerm,
} from './terms.ts';

export type Filters = Record<string, string>;

/** Words in an excerpt: enough to show the matched words in context on a phone screen. */
const EXCERPT_WORDS = 24;

/** The shortest prefix a word no page uses is searched by: shorter ones find unrelated words. */
const SHORTEST_TYPO_PREFIX = 5;

/** Re-ranking weights, chosen on the tuning part of tests/search/relevance-set.ts only. */
export const WEIGHTS = {
  /** How much a title that names the query (and little else) lifts a result. */
  title: 7,
  /** Pagefind's fused score is raised to this power: below 1 the re-ranking's signals weigh more. */
  fused: 0.6,
  /** A query term the title does not name but the page's first sentence does, against one the title names. */
  lead: 0.75,
  /** How much the query's words standing together in the text lift a result. */
  proximity: 0.5,
  /** The kind of question asked («когда…», «почему…») as a title term, against the query's average term. */
  questionKind: 3,
  /** An answer (FAQ) to a question-shaped query («как…», «где…», «можно ли…»). */
  answerToQuestion: 1.6,
  /** A task page (a form) whose title names the task a task query asks to do («написать обращение»). */
  taskQuery: 2,
  /**
   * Any page written for customers (an answer, a section or topic page, a task page) against the
   * standard's chapters, news and archives, whatever the query.
   */
  curated: 1.15,
  /** A section page (/oplata/) whose title names the whole keyword query; in part, by the square of the share named. */
  section: 1.5,
  /** A task page (a form) whose title names the whole keyword query; in part, as a section. */
  task: 1.5,
  /**
   * Choosing the results to fetch: how much the query's terms standing in a page's opening (its
   * title and first sentence) lift Pagefind's fused score, at most (all of them there).
   */
  opening: 0.5,
};

/** A page's first words: a FAQ answer's question and the start of its answer, a section's heading and lead. */
const OPENING_WORDS = 20;

/**
 * The results worth fetching first, in order: Pagefind's fused order, each result lifted by the
 * share (by rarity) of the query's terms found in its opening, which the re-ranking weighs most
 * (title similarity, first sentence). Read from where Pagefind found each word, so choosing costs
 * no download: an answer worded like the query but ranked 11th by a long text repeating its words
 * is fetched and re-ranked instead of never looked at.
 */
function byOpening(fused: Fused<PagefindResult>[], perTerm: readonly Searched[], termWeights: readonly number[]) {
  const found = perTerm.map((term) => new Map(term.hits.map((hit) => [hit.id, hit.item.words])));
  const total = termWeights.reduce((sum, weight) => sum + weight, 0) || 1;
  const opening = (id: string) =>
    found.reduce((sum, pages, i) => {
      const at = pages.get(id);
      return at?.some((word) => word < OPENING_WORDS) ? sum + (termWeights[i] ?? 0) : sum;
    }, 0) / total;
  return fused
    .map((hit) => ({ hit, score: hit.score * (1 + WEIGHTS.opening * opening(hit.id)) }))
    .sort((a, b) => b.score - a.score)
    .map((entry) => entry.hit);
}

/** Whether the page is the kind the query asks for: an answer to a question, a section or a task its title names. */
function kindBonus(kind: string | undefined, asking: 'question' | 'task' | 'keywords', titleRecall: number): number {
  if (asking === 'question') return kind === 'answer' ? WEIGHTS.answerToQuestion : 1;
  if (asking === 'task' && kind === 'task' && titleRecall > 0) return WEIGHTS.taskQuery;
  // A title naming most of the query lifts nearly as much as one naming all of it; one naming a
  // word of it hardly at all.
  const full = kind === 'section' ? WEIGHTS.section : kind === 'task' ? WEIGHTS.task : 1;
  return 1 + (full - 1) * titleRecall ** 2;
}

/** A result as the search page shows it. */
export interface Shown {
  url: string;
  title: string;
  section: string | undefined;
  /** HTML: the page's own text, escaped, the query's words in <mark>. */
  excerpt: string;
}

export interface Ranked {
  /** The first results, re-ranked, ready to show. */
  first: Shown[];
  /** The other results, in order, loaded on demand («Показать ещё»). */
  rest: (() => Promise<Shown>)[];
}

/** A searched term: the text sent to Pagefind and the names the re-ranking looks for. */
interface Searched {
  hits: Hit<PagefindResult>[];
  names: TermNames;
  /**
   * A single word outside the vocabulary, as sent: if none of the pages fetched uses it (Pagefind
   * answers a word no page has with other words), it is most likely mistyped (correctedNames).
   */
  word?: string | undefined;
}

/** The query's terms worth searching, and the whole query made of them. */
function plan(query: string, synonyms: SearchSynonyms) {
  const terms = analyze(query, synonyms, { nearWords: true });
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
  index: SearchIndex,
  typed: string,
  options: { synonyms: SearchSynonyms; filters: Filters },
): Promise<void> {
  const query = typed.trimStart().replace(WORD_BEING_TYPED, '$1').trim();
  if (query === '') return;
  const { wholeQuery } = plan(query, options.synonyms);
  const text = searchText(wholeQuery);
  if (text !== '') await index.preload(text, { filters: options.filters });
}

export async function search(
  index: SearchIndex,
  query: string,
  options: { synonyms: SearchSynonyms; filters: Filters; totalPages: number; firstCount: number },
): Promise<Ranked> {
  const { searched, wholeQuery } = plan(query, options.synonyms);
  // Each Pagefind search costs ~15 ms of the page's time on 2,000 pages: a text searched twice
  // (a one-term query is its own whole query) is searched once.
  const searches = new Map<string, Promise<Hit<PagefindResult>[]>>();
  const hits = (sent: string) => {
    let pending = searches.get(sent);
    if (!pending) {
      pending = index
        .search(sent, { filters: options.filters })
        .then((response) =>
          (response?.results ?? []).map((result) => ({ id: result.id, score: result.score, item: result })),
        );
      searches.set(sent, pending);
    }
    return pending;
  };
  const searchTerm = async (term: QueryTerm): Promise<Searched> => {
    const sent = searchText(term.searched);
    const found = await hits(sent);
    const word = term.alternatives.length === 1 && !sent.includes(' ') ? sent : undefined;
    if (found.length > 0 || sent.includes(' ')) return { hits: found, names: term.alternatives.map(nameStems), word };
    // A word no page uses is most often mistyped near its end («счетчек»): the longest prefix
    // of it that pages use stands for it, in the search and in the re-ranking (a name of 5
    // letters or more matches the words it starts).
    for (let length = sent.length - 1; length >= SHORTEST_TYPO_PREFIX; length -= 1) {
      const prefix = sent.slice(0, length);
      const near = await hits(prefix);
      if (near.length > 0) return { hits: near, names: [[prefix]] };
    }
    return { hits: found, names: term.alternatives.map(nameStems), word };
  };
  // Pagefind matches a word's prefix only in the index chunks loaded when it searches: every chunk
  // the first searches need is loaded before any of them runs, so their results do not depend on
  // which download finished first (a browser's library loads chunks as queries need them).
  await index.preload([...searched.map((term) => searchText(term.searched)), searchText(wholeQuery)].join(' '), {
    filters: options.filters,
  });
  const [firstTerms, firstWhole] = await Promise.all([
    Promise.all(searched.map(searchTerm)),
    hits(searchText(wholeQuery)),
  ]);
  // Pagefind's order, lifted by the terms in a page's opening, and the data of the first results:
  // only the results shown are fetched (one fragment each); the others wait for «Показать ещё».
  const choose = async (perTerm: readonly Searched[], whole: Hit<PagefindResult>[]) => {
    const fused = fuse(
      perTerm.map((term) => term.hits),
      whole,
      options.totalPages,
    );
    const termWeights = perTerm.map((term) => rarity(term.hits.length, options.totalPages));
    const chosen = byOpening(fused, perTerm, termWeights);
    const firstFused = chosen.slice(0, options.firstCount);
    const data = await Promise.all(firstFused.map((hit) => hit.item.data()));
    return { termWeights, chosen, firstFused, data };
  };
  let perTerm = firstTerms;
  let { termWeights, chosen, firstFused, data } = await choose(perTerm, firstWhole);
  // A word none of the pages fetched uses, one edit from a word they do («покаания»), is that
  // word: searched again by it, the pages using it are fetched and re-ranked instead.
  const termNames = correctedNames(perTerm, data, options.synonyms);
  if (termNames.some((names, i) => names !== perTerm[i]?.names)) {
    const first = perTerm;
    perTerm = await Promise.all(
      first.map(async (term, i) => {
        const names = termNames[i] ?? term.names;
        return names === term.names ? term : { hits: await hits(names.flat().join(' ')), names };
      }),
    );
    const corrected = searched.map((term, i) =>
      termNames[i] === first[i]?.names ? searchText(term.searched) : (termNames[i]?.flat().join(' ') ?? ''),
    );
    ({ termWeights, chosen, firstFused, data } = await choose(perTerm, await hits(corrected.join(' '))));
  }
  const top = Math.max(...firstFused.map((hit) => hit.score), Number.EPSILON);
  const asking = isQuestion(query) ? 'question' : isTaskQuery(query) ? 'task' : 'keywords';
  const asks = questionKind(query);
  const averageWeight = termWeights.reduce((sum, weight) => sum + weight, 0) / Math.max(termWeights.length, 1);
  const present = (page: PagefindResultData, words = ownWords(page.content, options.synonyms)): Shown => ({
    url: page.url,
    title: page.meta.title ?? page.url,
    section: page.filters['section']?.[0],
    excerpt: excerpt(words, termNames, EXCERPT_WORDS),
  });
  // The kind of question is one more title term only when one of the titles asks it: else it
  // would lower every title's similarity alike, weakening the titles against Pagefind's scores.
  const asked =
    asks && data.some((page) => questionKind(page.meta.title ?? '')?.kind === asks.kind)
      ? { kind: asks.kind, weight: WEIGHTS.questionKind * averageWeight }
      : undefined;
  const first = firstFused
    .map((hit, i) => {
      const page = data[i] as PagefindResultData;
      const words = ownWords(page.content, options.synonyms);
      const title = titleSimilarity(page.meta.title ?? '', termNames, termWeights, {
        asked,
        synonyms: options.synonyms,
        lead: { words: leadSentence(words, page.meta.title ?? ''), share: WEIGHTS.lead },
      });
      const near = proximity(words, termNames);
      const score =
        (hit.score / top) ** WEIGHTS.fused *
        (1 + WEIGHTS.title * title.score) *
        (1 + WEIGHTS.proximity * near) *
        kindBonus(page.meta.kind, asking, title.recall) *
        (page.meta.kind ? WEIGHTS.curated : 1);
      return { page, words, score };
    })
    .sort((a, b) => b.score - a.score)
    .map((entry) => present(entry.page, entry.words));
  return {
    first,
    rest: chosen.slice(options.firstCount).map((hit) => async () => present(await hit.item.data())),
  };
}

/**
 * The names the re-ranking looks for, a mistyped word's corrected: a single word (`word`) that
 * none of the fetched pages uses, not even as the start of a longer word, stands for the word of
 * theirs one edit from it (a letter changed, added or dropped, or two neighbouring letters
 * swapped), the one most pages use. Snowball stems of other forms of the word pass as well
 * («пришел», «пришл»): harmless, they name the same word.
 */
function correctedNames(
  perTerm: readonly Searched[],
  data: readonly PagefindResultData[],
  synonyms: SearchSynonyms,
): TermNames[] {
  if (!perTerm.some((term) => term.word !== undefined)) return perTerm.map((term) => term.names);
  const used = new Map<string, number>();
  for (const page of data) {
    const words = new Set([
      ...nameStems(page.meta.title ?? ''),
      ...ownWords(page.content, synonyms).map((w) => w.stem),
    ]);
    for (const word of words) used.set(word, (used.get(word) ?? 0) + 1);
  }
  return perTerm.map((term) => {
    const sent = term.word;
    const typed = term.names[0]?.[0];
    if (sent === undefined || typed === undefined) return term.names;
    if ([...used.keys()].some((word) => word === typed || word.startsWith(sent))) return term.names;
    let best: string | undefined;
    for (const [word, pages] of used) {
      if (oneEditApart(word, typed) && (best === undefined || pages > (used.get(best) ?? 0))) best = word;
    }
    return best === undefined ? term.names : [[best]];
  });
}
