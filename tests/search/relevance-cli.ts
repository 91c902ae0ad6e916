/**
 * `npm run search:relevance`: the relevance figures of both parts of the set, ranked in Node by
 * the site's ranking on the built index (npm run build first), in seconds instead of a browser's
 * minutes; plain Pagefind on the same index beside them. Lists the tuning part's misses (the
 * held-out part only as figures) and writes the table into docs/benchmarks.md.
 */
import { loadContentFile } from '../../core/content/load.ts';
import { fromRepoRoot } from '../../core/repo-paths.ts';
import { createServerSearchIndex } from '../../forms-api/src/site/search-index.ts';
import { WEIGHTS, search } from '../../site/lib/search/engine.ts';
import { markdownTable, writeSection } from '../bench/report.ts';
import { describe, measureRelevance, type PartFigures } from './metrics.ts';
import { RELEVANCE_SET, type RelevancePart } from './relevance-set.ts';

type Figures = Pick<PartFigures, 'recallAt1' | 'recallAt3' | 'mrr' | 'zeroResultRate'>;

/** Earlier rankings, each measured the same way on the same set; shown above «now». */
const EARLIER: Array<{ label: string; figures: Record<RelevancePart, Figures> }> = [
  // Hand-written ending stripper, titles weighed among the first 10 only, no task pages;
  // measured right after the split.
  {
    label: 'before (issue 19)',
    figures: {
      tuning: { recallAt1: 0.581, recallAt3: 0.754, mrr: 0.678, zeroResultRate: 0 },
      'held-out': { recallAt1: 0.639, recallAt3: 0.833, mrr: 0.74, zeroResultRate: 0 },
    },
  },
  // Before session 8's changes (typo prefixes, short abbreviations, «кто», fragments as shown, vocabulary groups).
  {
    label: '2026-12-05 before session 8 (a4cddb2)',
    figures: {
      tuning: { recallAt1: 0.814, recallAt3: 0.922, mrr: 0.87, zeroResultRate: 0 },
      'held-out': { recallAt1: 0.75, recallAt3: 0.861, mrr: 0.811, zeroResultRate: 0 },
    },
  },
  {
    label: '2026-12-05 before session 9 (7e8a00f)',
    figures: {
      tuning: { recallAt1: 0.862, recallAt3: 0.976, mrr: 0.919, zeroResultRate: 0 },
      'held-out': { recallAt1: 0.778, recallAt3: 0.875, mrr: 0.833, zeroResultRate: 0 },
    },
  },
];
const TARGETS = {
  'held-out': 'recall@3 ≥ 0.95, MRR ≥ 0.85, no empty results',
  tuning: 'recall@3 ≥ 0.97, no empty results',
};

// Trying other weights on the tuning part: WEIGHTS='{"title":2}' npm run search:relevance
const tried = process.env['WEIGHTS'];
Object.assign(WEIGHTS, JSON.parse(tried ?? '{}'));

const synonyms = loadContentFile('searchSynonyms');
const { index, totalPages } = await createServerSearchIndex(fromRepoRoot('dist/client/pagefind')).open();
const ours = await measureRelevance(RELEVANCE_SET, async (query) => {
  const ranked = await search(index, query, { synonyms, filters: {}, totalPages, firstCount: 10 });
  return ranked.first.map((shown) => shown.url);
});
const plain = await measureRelevance(RELEVANCE_SET, async (query) => {
  const response = await index.search(query);
  const first = await Promise.all((response?.results ?? []).slice(0, 10).map((result) => result.data()));
  return first.map((data) => data.url);
});
console.log(describe(ours.tuning));
console.log(describe(ours['held-out']));
console.log(`\ntuning misses (not in the top 3):\n${ours.tuning.misses.join('\n')}`);

if (!tried) {
  const f = (value: number) => value.toFixed(3);
  const row = (ranking: string, figures: Figures) => [
    ranking,
    f(figures.recallAt1),
    f(figures.recallAt3),
    f(figures.mrr),
    f(figures.zeroResultRate),
  ];
  const table = (part: 'tuning' | 'held-out') =>
    markdownTable(
      ['ranking', 'recall@1', 'recall@3', 'MRR', 'zero-result rate'],
      [
        row('plain Pagefind (same index)', plain[part]),
        ...EARLIER.map((earlier) => row(earlier.label, earlier.figures[part])),
        row('now', ours[part]),
      ],
    );
  writeSection(
    'search-relevance',
    `## Site search relevance (\`npm run search:relevance\`)

The ${String(RELEVANCE_SET.length)} queries of \`tests/search/relevance-set.ts\`, written as customers type them and
split once by hash before any ranking change into a tuning part (vocabulary and weights are chosen
from it) and a held-out part (never looked at for tuning). A query is a hit at rank k when one of its
acceptable pages is among the first k results; MRR counts the first acceptable page among the first
10. Ranked in Node by the site's ranking on the built index, the same code and index the browser
and /poisk/ use (\`tests/e2e/search-relevance.spec.ts\` checks the server's figures and that the
browser ranks alike). Measured ${new Date().toISOString().slice(0, 10)}.

Session 9's steps (each kept or dropped on the tuning part only; docs/search.md): editors' topic
pages rank like sections; a word inside a vocabulary phrase of another meaning («лицевой счёт») is
not the receipt's «счёт»; the kind of question counts only when a title asks it; Pagefind's fused
score enters the re-ranking to the power 0.6; a term the page's first sentence names counts half;
pages rendered on request (outages, offices, news) are indexed; yes-or-no questions are a kind of
their own; three everyday vocabulary groups; pages written for customers count 1.15 times the
standard's chapters, news and archives.

Held-out part (${String(ours['held-out'].queries)} queries; target ${TARGETS['held-out']}):

${table('held-out')}

Tuning part (${String(ours.tuning.queries)} queries; target ${TARGETS.tuning}):

${table('tuning')}`,
  );
}
