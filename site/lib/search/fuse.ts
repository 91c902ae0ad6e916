/**
 * Rank fusion for Russian queries. Pagefind requires every query word to match, so one word
 * a page does not use («разница», «режим») empties the result list. Instead each meaningful
 * term (a word, or a synonym group) is searched on its own and the scores are added up,
 * weighted by how rare the term is; pages that match more of the terms and pages that match
 * the whole query rank higher.
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

/** Inverse document frequency: a term on 3 of 90 pages says more than one on 80 of them. */
export function rarity(matchingPages: number, totalPages: number): number {
  return Math.log(1 + totalPages / Math.max(matchingPages, 1));
}

function normalised<T>(hits: readonly Hit<T>[]): Map<string, Hit<T>> {
  const top = Math.max(...hits.map((hit) => hit.score), Number.EPSILON);
  return new Map(hits.map((hit) => [hit.id, { ...hit, score: hit.score / top }]));
}

/**
 * `termHits[i]` are the pages matching term i (best score per page across its synonyms);
 * `wholeQueryHits` the pages matching all words. Scores are normalised per search and weighted
 * by the term's rarity; the whole-query match counts like the average term. The sum is
 * multiplied by the share of terms the page matched.
 */
export function fuse<T>(
  termHits: readonly (readonly Hit<T>[])[],
  wholeQueryHits: readonly Hit<T>[],
  totalPages: number,
): Fused<T>[] {
  const terms = termHits.map((hits) => ({ hits: normalised(hits), weight: rarity(hits.length, totalPages) }));
  const whole = normalised(wholeQueryHits);
  const wholeWeight =
    terms.length > 0
      ? terms.reduce((acc, term) => acc + term.weight, 0) / terms.length
      : rarity(whole.size, totalPages);
  const ids = new Set([...terms.flatMap((term) => [...term.hits.keys()]), ...whole.keys()]);
  const fused: Fused<T>[] = [];
  for (const id of ids) {
    const matched = terms.flatMap((term) => {
      const hit = term.hits.get(id);
      return hit ? [{ hit, weight: term.weight }] : [];
    });
    const wholeHit = whole.get(id);
    const sum =
      matched.reduce((acc, { hit, weight }) => acc + hit.score * weight, 0) +
      (wholeHit ? wholeWeight * wholeHit.score : 0);
    const coverage = terms.length === 0 ? 1 : (matched.length + 1) / (terms.length + 1);
    const best = wholeHit ?? matched.reduce((a, b) => (b.hit.score * b.weight > a.hit.score * a.weight ? b : a)).hit;
    fused.push({ id, score: sum * coverage, item: best.item });
  }
  return fused.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}
