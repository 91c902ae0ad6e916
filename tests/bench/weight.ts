/**
 * `npm run bench:weight`: what a first visit really downloads. Each page is opened in Chromium with
 * a cold cache and every request in the DevTools network log is summed (CDP
 * `Network.loadingFinished.encodedDataLength`: bytes on the wire, headers included), so module
 * chunks imported by page scripts, preloads, fetches and the favicon all count. Form pages are also
 * focused once, as a visitor starts filling them in (that is when the proof of work starts). The
 * search page is opened with a query and its field then focused, as a visitor refining it. Budgets: content pages ≤ 20 KB in total with ≤ 5 KB of
 * JavaScript; form pages ≤ 35 KB; the search page's own files ≤ 35 KB plus the search library and
 * index within the search budget (docs/search.md: under 120 KB before the first results).
 *
 * `--reference "<label>"` records the run as the reference figures (e.g. before a change) in their
 * own section of docs/benchmarks.md instead of the current ones.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium, type Browser } from '@playwright/test';
import { forms } from '../../content/schemas/forms/index.ts';
import { fromRepoRoot } from '../../core/repo-paths.ts';
import { buildSiteIfStale } from '../../forms-api/src/site/build-if-stale.ts';
import { chromiumLaunchOptions } from '../support/chromium.ts';
import { sitePaths } from '../support/sitemap.ts';
import { markdownTable, writeSection } from './report.ts';
import { withSiteServer } from './site-server.ts';

const PORT = Number(process.env['BENCH_PORT'] ?? 4344);
const KB = 1024;
const SEARCH_PAGE = '/poisk/';
const SEARCH_QUERY = 'передать показания счётчика';
const PAGEFIND = '/pagefind/';
/** A busy machine can pause this long between a document and the scripts it imports. */
const QUIET_MS = 1500;

type Kind = 'content' | 'form' | 'search';
const BUDGETS: Record<Kind, { total: number; js: number; search?: number }> = {
  content: { total: 20 * KB, js: 5 * KB },
  form: { total: 35 * KB, js: 35 * KB },
  search: { total: 35 * KB, js: 35 * KB, search: 120 * KB },
};

const referenceIndex = process.argv.indexOf('--reference');
const referenceLabel = referenceIndex >= 0 ? process.argv[referenceIndex + 1] : undefined;
if (referenceIndex >= 0 && !referenceLabel) throw new Error('--reference needs a label, e.g. "main at abc1234"');

interface Measure {
  path: string;
  kind: Kind;
  requests: number;
  total: number;
  js: number;
  /** The search library and index (the search page only); not part of `total`. */
  search: number;
  over: string[];
}

const formPaths = new Set(forms.map((form) => form.pagePath));
const kindOf = (path: string): Kind => (path === SEARCH_PAGE ? 'search' : formPaths.has(path) ? 'form' : 'content');

/** Pages of one template: same parent folder and kind (FAQ entries, news items, forms …). */
function templateOf(path: string, kind: Kind): string {
  if (kind !== 'content') return kind === 'search' ? `${SEARCH_PAGE}?q=…` : 'form pages';
  const parts = path.split('/').filter(Boolean);
  return parts.length < 2 ? path : `/${parts.slice(0, -1).join('/')}/*`;
}

/** The prerendered document as served (brotli); null for on-demand pages. */
function builtDocumentSize(path: string): number | null {
  const file = join(fromRepoRoot('dist/client'), path, 'index.html.br');
  return existsSync(file) ? statSync(file).size : null;
}

/**
 * One page per template: pages of a template load the same scripts and styles and differ in the
 * document, so the one with the largest built document is the heaviest. On-demand pages (no
 * built document) are all measured.
 */
function pagesToMeasure(): { paths: string[]; pagesPerTemplate: Map<string, number> } {
  const pagesPerTemplate = new Map<string, number>();
  const heaviest = new Map<string, { path: string; size: number }>();
  const onDemand: string[] = [];
  for (const path of sitePaths().filter((path) => !path.startsWith('/staff/'))) {
    const template = templateOf(path, kindOf(path));
    pagesPerTemplate.set(template, (pagesPerTemplate.get(template) ?? 0) + 1);
    const size = builtDocumentSize(path);
    if (size === null) {
      onDemand.push(path);
      continue;
    }
    if ((heaviest.get(template)?.size ?? -1) < size) heaviest.set(template, { path, size });
  }
  return { paths: [...[...heaviest.values()].map((page) => page.path), ...onDemand].sort(), pagesPerTemplate };
}

async function measurePage(browser: Browser, baseUrl: string, path: string): Promise<Measure> {
  const kind = kindOf(path);
  // A fresh context has an empty cache; caching is disabled too, so nothing is served from memory.
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const requests = new Map<string, { url: string; type: string }>();
  const sizes = new Map<string, number>();
  // A worker's requests (its own script included) finish in the worker's DevTools session, not
  // the page's: Playwright follows that session and reports the same encoded byte counts.
  const finishedInWorker = new Map<string, number>();
  let lastActivity = Date.now();
  cdp.on('Network.requestWillBeSent', (event) => {
    requests.set(event.requestId, { url: event.request.url, type: event.type ?? 'Other' });
    lastActivity = Date.now();
  });
  cdp.on('Network.loadingFinished', (event) => {
    sizes.set(event.requestId, event.encodedDataLength);
    lastActivity = Date.now();
  });
  cdp.on('Network.loadingFailed', (event) => {
    sizes.set(event.requestId, 0);
    lastActivity = Date.now();
  });
  context.on('requestfinished', (request) => {
    void request.sizes().then((size) => {
      finishedInWorker.set(request.url(), size.responseHeadersSize + size.responseBodySize);
      lastActivity = Date.now();
    });
  });
  const bytesOf = (id: string): number | undefined =>
    sizes.get(id) ?? finishedInWorker.get(requests.get(id)?.url ?? '');
  /** Every request seen has finished and nothing new started for a while (the favicon comes late). */
  const quiet = async () => {
    while ([...requests.keys()].some((id) => bytesOf(id) === undefined) || Date.now() - lastActivity < QUIET_MS)
      await sleep(100);
  };
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const url = kind === 'search' ? `${path}?q=${encodeURIComponent(SEARCH_QUERY)}` : path;
  const response = await page.goto(`${baseUrl}${url}`, { waitUntil: 'load' });
  if (response?.status() !== 200) throw new Error(`${url} answered ${String(response?.status())}`);
  if (kind === 'form') {
    await quiet();
    await page.locator('#forma input:not([type="hidden"]), #forma textarea').first().focus();
    // A hidden input's value is its attribute: set once the proof of work is solved.
    await page.locator('[data-proof-of-work]:not([value=""])').waitFor({ state: 'attached', timeout: 120_000 });
  }
  if (kind === 'search') {
    await page.locator('#search-results li').first().waitFor();
    // The library and index are fetched when the visitor turns to the form for another query.
    await page.locator('#search-query').focus();
  }
  await quiet();
  await context.close();

  let total = 0;
  let js = 0;
  let search = 0;
  for (const [id, { url, type }] of requests) {
    const bytes = bytesOf(id) ?? 0;
    if (new URL(url).pathname.startsWith(PAGEFIND)) {
      search += bytes;
      continue;
    }
    total += bytes;
    if (type === 'Script') js += bytes;
  }
  const budget = BUDGETS[kind];
  const over = [
    total > budget.total ? 'total' : '',
    js > budget.js ? 'JS' : '',
    budget.search !== undefined && search > budget.search ? 'search' : '',
  ].filter(Boolean);
  return { path, kind, requests: requests.size, total, js, search, over };
}

const kb = (bytes: number) => (bytes / KB).toFixed(1);

buildSiteIfStale(fromRepoRoot('dist'), (message) => {
  console.log(message);
});

const { paths, pagesPerTemplate } = pagesToMeasure();
const results = await withSiteServer({ port: PORT, database: 'bench-weight.sqlite' }, async (baseUrl) => {
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const measured: Measure[] = [];
    for (const [index, path] of paths.entries()) {
      measured.push(await measurePage(browser, baseUrl, path));
      console.log(`${String(index + 1)}/${String(paths.length)} ${path}`);
    }
    return measured;
  } finally {
    await browser.close();
  }
});

const groups = new Map<string, Measure[]>();
for (const measure of results) {
  const template = templateOf(measure.path, measure.kind);
  groups.set(template, [...(groups.get(template) ?? []), measure]);
}
const rows = [...groups].map(([template, pages]) => {
  const heaviest = pages.reduce((a, b) => (b.total > a.total ? b : a));
  const maxJs = Math.max(...pages.map((p) => p.js));
  const budget = BUDGETS[heaviest.kind];
  const over = [...new Set(pages.flatMap((p) => p.over))];
  return [
    template,
    pagesPerTemplate.get(template) ?? pages.length,
    heaviest.kind,
    heaviest.path,
    heaviest.requests,
    `${kb(heaviest.total)} (${(heaviest.total / budget.total).toFixed(2)}×)`,
    `${kb(maxJs)}${heaviest.kind === 'content' ? ` (${(maxJs / budget.js).toFixed(2)}×)` : ''}`,
    budget.search === undefined ? '' : `${kb(heaviest.search)} (${(heaviest.search / budget.search).toFixed(2)}×)`,
    over.length === 0 ? 'ok' : `OVER: ${over.join(', ')}`,
  ];
});
const table = markdownTable(
  [
    'template',
    'pages',
    'budget class',
    'page measured (largest document)',
    'requests',
    'total KB (÷ budget)',
    'JS KB, max',
    'search library + index KB (÷ 120)',
    'budget',
  ],
  rows,
);
const overPages = results.filter((r) => r.over.length > 0);
const [load1, load5] = loadavg();
const summary = `${String(results.length)} pages measured of ${String(
  [...pagesPerTemplate.values()].reduce((a, b) => a + b, 0),
)}; heaviest content page ${kb(
  Math.max(...results.filter((r) => r.kind === 'content').map((r) => r.total)),
)} KB with up to ${kb(Math.max(...results.filter((r) => r.kind === 'content').map((r) => r.js)))} KB of JS; ${
  overPages.length
} over budget${overPages.length > 0 ? ' (see the table)' : ''}.`;
console.log(table);
console.log(summary);
console.log(`load average ${load1?.toFixed(1)} / ${load5?.toFixed(1)} (1 / 5 min); sizes do not depend on it.`);

const method = `One page per template (pages of one folder and kind: the one with the largest built document, as
they share scripts and styles) and every on-demand page, opened in headless Chromium with a cold cache; the sum of \`encodedDataLength\` of every request in the DevTools network log (bytes on the wire,
headers included): the document, imported module chunks, preloads, fetches, the favicon. Form pages are
focused once as a visitor starts typing; the search page is opened with the query «${SEARCH_QUERY}» and its field then focused (that is when it fetches the search library).
Budgets: content pages ≤ 20 KB in total and ≤ 5 KB of JavaScript; form pages ≤ 35 KB; the search page
≤ 35 KB of its own plus the search library and index under 120 KB (docs/search.md). Chromium takes
brotli from 127.0.0.1 as from an HTTPS site; over HTTP/1.1 every response also carries its headers.`;

const date = new Date().toISOString().slice(0, 10);
if (referenceLabel) {
  writeSection(
    'weight-reference',
    `## Page weight: reference figures (${referenceLabel})

Measured ${date} by \`npm run bench:weight -- --reference\`, the same way as above.

${table}

${summary}`,
  );
} else {
  writeSection(
    'weight',
    `## Page weight (\`npm run bench:weight\`)

${method} Measured ${date}.

${table}

${summary}`,
  );
}
if (overPages.length > 0) process.exitCode = 1;
