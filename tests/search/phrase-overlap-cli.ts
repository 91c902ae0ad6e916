/**
 * `npm run search:phrase-overlap`: how close the editors' phrasings («Как ещё спрашивают») are to
 * the relevance set's queries, per part: equal once normalised (case, «ё», punctuation), or
 * sharing three quarters of their Snowball stems. Prints counts only, never a query: the held-out
 * part is measured, not read. Phrasings and queries written the same way coincide; the counts say
 * how much of the held-out figures that may be (docs/search.md, session 13).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readEntry } from '../../core/content/read-entry.ts';
import { fromRepoRoot } from '../../core/repo-paths.ts';
import { markdownTable } from '../bench/report.ts';
import { TASK_PAGES } from '../../site/lib/search/task-pages.ts';
import { nameStems, normalize } from '../../site/lib/search/terms.ts';
import { RELEVANCE_SET, type RelevancePart } from './relevance-set.ts';

/** Stems shared (Jaccard) from which a phrasing counts as nearly a query. */
const NEAR = 0.75;

const stems = (text: string) => new Set(nameStems(text));

function shared(a: Set<string>, b: Set<string>): number {
  const both = [...a].filter((item) => b.has(item)).length;
  return both / (a.size + b.size - both);
}

/** Every phrasing with where it lives: FAQ answers, content pages, task pages (forms included). */
function phrasings(): Array<{ source: string; text: string }> {
  const fromFiles = (source: string, dir: string) =>
    readdirSync(fromRepoRoot(dir), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.md'))
      .flatMap((name) => {
        const entry = readEntry(join(fromRepoRoot(dir), name)) as { searchPhrases?: string[] };
        return (entry.searchPhrases ?? []).map((text) => ({ source, text }));
      });
  return [
    ...fromFiles('FAQ answers', 'content/faq'),
    ...fromFiles('content pages', 'content/pages'),
    ...TASK_PAGES.flatMap((page) => (page.phrases ?? []).map((text) => ({ source: 'task pages', text }))),
  ];
}

const queries = RELEVANCE_SET.map((entry) => ({
  part: entry.part,
  words: normalize(entry.query),
  stems: stems(entry.query),
}));
const counts = new Map<string, Record<RelevancePart, { equal: number; near: number }>>();
const all = phrasings();
for (const { source, text } of all) {
  const row = counts.get(source) ?? { tuning: { equal: 0, near: 0 }, 'held-out': { equal: 0, near: 0 } };
  counts.set(source, row);
  const own = { words: normalize(text), stems: stems(text) };
  for (const part of ['tuning', 'held-out'] as const) {
    const mine = queries.filter((query) => query.part === part);
    if (mine.some((query) => query.words === own.words)) row[part].equal += 1;
    else if (mine.some((query) => shared(query.stems, own.stems) >= NEAR)) row[part].near += 1;
  }
}
console.log(`${String(all.length)} phrasings; a phrasing counts once per part, equal before near`);
console.log(
  markdownTable(
    ['phrasings of', 'equal to a tuning query', 'near one', 'equal to a held-out query', 'near one'],
    [...counts].map(([source, row]) => [
      source,
      String(row.tuning.equal),
      String(row.tuning.near),
      String(row['held-out'].equal),
      String(row['held-out'].near),
    ]),
  ),
);
