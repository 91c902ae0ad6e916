/**
 * Measures the search page of a running site in headless Chromium: bytes transferred and time
 * from pressing «Найти» to the results on screen, for the first query of a visit (the search
 * library and index are fetched then) and for a following query. The baseline is plain Pagefind
 * on the same index: one search for the query as typed and the data of its first 10 results.
 */
import { chromium, type Browser, type Page } from '@playwright/test';

export interface QueryMeasure {
  bytes: number;
  ms: number;
}

export interface SiteMeasure {
  first: QueryMeasure[];
  following: QueryMeasure[];
}

const CHROMIUM = '/usr/bin/chromium';

/** Encoded (on-the-wire) bytes, headers included, of the search files the page fetches from now on. */
function countBytes(page: Page): () => Promise<number> {
  const pending: Array<Promise<number>> = [];
  page.on('requestfinished', (request) => {
    if (!new URL(request.url()).pathname.startsWith('/pagefind/')) return;
    pending.push(request.sizes().then((sizes) => sizes.responseBodySize + sizes.responseHeadersSize));
  });
  return async () => (await Promise.all(pending)).reduce((sum, size) => sum + size, 0);
}

async function runQuery(page: Page, query: string): Promise<number> {
  const done = page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        document.addEventListener(
          'es-search-done',
          () => {
            resolve();
          },
          { once: true },
        );
      }),
  );
  await page.getByRole('searchbox', { name: 'Что вы ищете?' }).fill(query);
  await page.getByRole('searchbox', { name: 'Что вы ищете?' }).press('Enter');
  await done;
  return page.evaluate(() => {
    const measures = performance.getEntriesByName('es-search');
    return measures.at(-1)?.duration ?? Number.NaN;
  });
}

/** Plain Pagefind on the page already open: the query as typed, data of the first 10 results. */
function runPlain(page: Page, query: string): Promise<number> {
  return page.evaluate(
    async ({ text, library }) => {
      const started = performance.now();
      const pagefind = (await import(library)) as {
        options(options: object): Promise<void>;
        search(term: string): Promise<{ results: Array<{ data(): Promise<unknown> }> }>;
      };
      await pagefind.options({ noWorker: true });
      const response = await pagefind.search(text);
      await Promise.all(response.results.slice(0, 10).map((result) => result.data()));
      return performance.now() - started;
    },
    { text: query, library: '/pagefind/pagefind.js' },
  );
}

type Runner = (page: Page, query: string) => Promise<number>;

/**
 * One visit: the first query counts every search file fetched since the page opened (the search
 * page starts loading Pagefind when the search form gets focus), the following query what it fetches itself.
 */
async function measureVisit(browser: Browser, url: string, runner: Runner, first: string, following: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  let bytes = countBytes(page);
  await page.goto(url);
  const firstMs = await runner(page, first);
  // Lets the browser report the last finished requests.
  await page.waitForTimeout(100);
  const firstMeasure = { ms: firstMs, bytes: await bytes() };
  page.removeAllListeners('requestfinished');
  bytes = countBytes(page);
  const followingMs = await runner(page, following);
  await page.waitForTimeout(100);
  const followingMeasure = { ms: followingMs, bytes: await bytes() };
  await context.close();
  return { firstMeasure, followingMeasure };
}

async function measure(url: string, runner: Runner, queries: readonly string[]): Promise<SiteMeasure> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const result: SiteMeasure = { first: [], following: [] };
  try {
    for (let i = 0; i < queries.length; i += 1) {
      const next = queries[(i + 1) % queries.length] ?? '';
      const visit = await measureVisit(browser, url, runner, queries[i] ?? '', next);
      result.first.push(visit.firstMeasure);
      result.following.push(visit.followingMeasure);
    }
  } finally {
    await browser.close();
  }
  return result;
}

/** Our search page, /poisk/. */
export function measureSite(baseUrl: string, queries: readonly string[]): Promise<SiteMeasure> {
  return measure(`${baseUrl}/poisk/`, runQuery, queries);
}

/** Plain Pagefind, run from the home page (which does not load the search by itself). */
export function measurePlainPagefind(baseUrl: string, queries: readonly string[]): Promise<SiteMeasure> {
  return measure(`${baseUrl}/`, runPlain, queries);
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}
