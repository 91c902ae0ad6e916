/**
 * Relevance figures of a ranking over the relevance set, per part: recall@1 and @3 (an expected
 * page first / in the top 3), mean reciprocal rank over the first page of results (10) and the
 * share of queries with no result at all. Misses are listed for the tuning part only: the
 * held-out part is reported as figures, so that nobody tunes on its queries.
 */
import type { RelevanceCase, RelevancePart } from './relevance-set.ts';

/** Results on the search page's first page: ranks beyond it count as not found. */
const FIRST_PAGE = 10;

export interface PartFigures {
  part: RelevancePart;
  queries: number;
  recallAt1: number;
  recallAt3: number;
  mrr: number;
  zeroResultRate: number;
  /** Tuning part only: «query»: expected …, got …. */
  misses: string[];
}

export type Ranker = (query: string) => Promise<string[]>;

export async function measureRelevance(
  cases: readonly RelevanceCase[],
  rank: Ranker,
): Promise<Record<RelevancePart, PartFigures>> {
  const parts = {} as Record<RelevancePart, PartFigures>;
  for (const part of ['tuning', 'held-out'] as const) {
    const own = cases.filter((c) => c.part === part);
    let first = 0;
    let top3 = 0;
    let reciprocal = 0;
    let empty = 0;
    const misses: string[] = [];
    for (const { query, expected } of own) {
      const paths = await rank(query);
      const position = paths.slice(0, FIRST_PAGE).findIndex((path) => expected.includes(path));
      if (paths.length === 0) empty += 1;
      if (position === 0) first += 1;
      if (position >= 0 && position < 3) top3 += 1;
      if (position >= 0) reciprocal += 1 / (position + 1);
      if ((position < 0 || position >= 3) && part === 'tuning') {
        misses.push(`«${query}»: expected ${expected.join(' or ')}, got ${paths.slice(0, 3).join(', ') || 'nothing'}`);
      }
    }
    const n = Math.max(own.length, 1);
    parts[part] = {
      part,
      queries: own.length,
      recallAt1: first / n,
      recallAt3: top3 / n,
      mrr: reciprocal / n,
      zeroResultRate: empty / n,
      misses,
    };
  }
  return parts;
}

export function describe(figures: PartFigures): string {
  const f = (value: number) => value.toFixed(3);
  return `${figures.part}: ${String(figures.queries)} queries, recall@1 ${f(figures.recallAt1)}, recall@3 ${f(figures.recallAt3)}, MRR ${f(figures.mrr)}, zero results ${f(figures.zeroResultRate)}`;
}
