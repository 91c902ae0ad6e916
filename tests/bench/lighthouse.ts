/**
 * `npm run bench:lighthouse`: Lighthouse (npm) in Debian's Chromium, mobile (its default: an
 * emulated mid-range phone on a slow 4G link, simulated), three runs per page and the median run
 * reported, one page per template including a form and the search page with a query. Target:
 * 100 in each of performance, accessibility, best practices and SEO. Writes its section of
 * docs/benchmarks.md with the machine's load average: on a busy machine the performance figures
 * (total blocking time above all) are indicative only.
 */
import { loadavg, cpus } from 'node:os';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { fromRepoRoot } from '../../core/repo-paths.ts';
import { buildSiteIfStale } from '../../forms-api/src/site/build-if-stale.ts';
import { markdownTable, writeSection } from './report.ts';
import { withSiteServer } from './site-server.ts';

const PORT = Number(process.env['BENCH_PORT'] ?? 4345);
const RUNS = 3;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** One page per template. */
const PAGES: ReadonlyArray<{ template: string; path: string }> = [
  { template: 'home', path: '/' },
  { template: 'content section', path: '/tarify/' },
  { template: 'FAQ entry', path: '/internet-priemnaya/voprosy-otvety/kak-peredat-pokazaniya/' },
  { template: 'news list (on demand)', path: '/novosti/' },
  { template: 'outage notices (on demand)', path: '/otklyucheniya/' },
  { template: 'site status (on demand)', path: '/o-kompanii/pereryvy-v-rabote-sayta/' },
  { template: 'form (on demand)', path: '/internet-priemnaya/zhaloba/' },
  { template: 'search with a query', path: `/poisk/?q=${encodeURIComponent('передать показания')}` },
];

interface Run {
  scores: Record<(typeof CATEGORIES)[number], number>;
  tbt: number;
  lcp: number;
  version: string;
}

/** Tries a run again when Lighthouse says so (a trace lost on a busy machine: NO_NAVSTART and the like). */
async function audit(url: string, port: number, attempt = 1): Promise<Run> {
  const result = await lighthouse(url, { port, logLevel: 'error', onlyCategories: [...CATEGORIES] });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError && attempt < 3) return audit(url, port, attempt + 1);
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  return {
    scores: {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
    },
    tbt: lhr.audits['total-blocking-time']?.numericValue ?? Number.NaN,
    lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
    version: lhr.lighthouseVersion,
  };
}

/** The run with the median performance score (Lighthouse's own advice for variable results). */
function median(runs: Run[]): Run {
  const sorted = [...runs].sort((a, b) => a.scores.performance - b.scores.performance || a.tbt - b.tbt);
  const middle = sorted[Math.floor(sorted.length / 2)];
  if (!middle) throw new Error('no runs');
  return middle;
}

buildSiteIfStale(fromRepoRoot('dist'), (message) => {
  console.log(message);
});
const loadBefore = loadavg();
const results = await withSiteServer({ port: PORT, database: 'bench-lighthouse.sqlite' }, async (baseUrl) => {
  const chrome = await launch({
    chromePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
    ],
  });
  try {
    const measured: Array<{ template: string; path: string; run: Run }> = [];
    for (const { template, path } of PAGES) {
      const runs: Run[] = [];
      for (let i = 0; i < RUNS; i += 1) runs.push(await audit(`${baseUrl}${path}`, chrome.port));
      const run = median(runs);
      console.log(`${template}: ${CATEGORIES.map((c) => run.scores[c]).join(' / ')}, TBT ${run.tbt.toFixed(0)} ms`);
      measured.push({ template, path, run });
    }
    return measured;
  } finally {
    chrome.kill();
  }
});
const loadAfter = loadavg();

const table = markdownTable(
  ['template', 'page', 'performance', 'accessibility', 'best practices', 'SEO', 'total blocking time', 'LCP'],
  results.map(({ template, path, run }) => [
    template,
    decodeURIComponent(path),
    run.scores.performance,
    run.scores.accessibility,
    run.scores['best-practices'],
    run.scores.seo,
    `${run.tbt.toFixed(0)} ms`,
    `${(run.lcp / 1000).toFixed(1)} s`,
  ]),
);
const below = results.filter(({ run }) => CATEGORIES.some((c) => run.scores[c] < 100));
const load = `Load average (1 min) ${loadBefore[0]?.toFixed(1)} before and ${loadAfter[0]?.toFixed(1)} after the runs on ${String(
  cpus().length,
)} cores`;
const summary = `${String(results.length - below.length)} of ${String(results.length)} templates at 100 in all four categories. ${load}.`;
console.log(table);
console.log(summary);
writeSection(
  'lighthouse',
  `## Lighthouse per template (\`npm run bench:lighthouse\`)

Lighthouse ${results[0]?.run.version ?? ''} in Debian's Chromium,
mobile (Lighthouse's default emulated phone and simulated slow 4G), median of ${String(RUNS)} runs by performance score,
one page per template. Target: 100 / 100 / 100 / 100. ${load}: when the machine is busy the performance score and the
total blocking time are inflated and only indicative; accessibility, best practices and SEO do not depend on load.
Measured ${new Date().toISOString().slice(0, 10)}.

${table}

${summary}`,
);
if (below.length > 0) process.exitCode = 1;
