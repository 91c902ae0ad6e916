/**
 * Rank fusion for Russian queries. Pagefind requires every query word to match, so one word
 * a page does not use («разница», «режим») empties the result list. Instead each meaningful
 * term (a word, or a synonym group) is searched on its own and the scores are added up; pages
 * that match more of the terms and pages that match the whole query rank higher.
 */

export interface Hit<T> {
  id: string;
  score: number;
  item: T;
}

export interface Fused<T> {
  id: string;
  score: number;
  /** The hit to show: from the whole-query search when the page matched it, else the best term. */
  item: T;
}

/** Weight of a whole-query match relative to one term; measured on tests/search/relevance-set.ts. */
const WHOLE_QUERY_BONUS = 1;

function normalised<T>(hits: readonly Hit<T>[]): Map<string, Hit<T>> {
  const top = Math.max(...hits.map((hit) => hit.score), Number.EPSILON);
  return new Map(hits.map((hit) => [hit.id, { ...hit, score: hit.score / top }]));
}

/**
 * `termHits[i]` are the pages matching term i (best score per page across its synonyms);
 * `wholeQueryHits` the pages matching all words. Scores are normalised per search, so a rare
 * term counts as much as a common one, then multiplied by the share of terms the page matched.
 */
export function fuse<T>(termHits: readonly (readonly Hit<T>[])[], wholeQueryHits: readonly Hit<T>[]): Fused<T>[] {
  const terms = termHits.map((hits) => normalised(hits));
  const whole = normalised(wholeQueryHits);
  const ids = new Set([...terms.flatMap((term) => [...term.keys()]), ...whole.keys()]);
  const fused: Fused<T>[] = [];
  for (const id of ids) {
    const matched = terms.map((term) => term.get(id)).filter((hit) => hit !== undefined);
    const wholeHit = whole.get(id);
    const sum = matched.reduce((acc, hit) => acc + hit.score, 0) + (wholeHit ? WHOLE_QUERY_BONUS * wholeHit.score : 0);
    const coverage = terms.length === 0 ? 1 : (matched.length + 1) / (terms.length + 1);
    const best = wholeHit ?? matched.reduce((a, b) => (b.score > a.score ? b : a));
    fused.push({ id, score: sum * coverage, item: best.item });
  }
  return fused.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}
