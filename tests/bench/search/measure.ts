/**
 * Measures the search page of a running site in headless Chromium: bytes transferred and time
 * from pressing «Найти» to the results on screen, for the first query of a visit (the search
 * library and index are fetched then) and for a following query.
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

async function runQuery(page: Page, query: string): Promise<QueryMeasure> {
  const bytes = countBytes(page);
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
  const ms = await page.evaluate(() => {
    const measures = performance.getEntriesByName('es-search');
    return measures.at(-1)?.duration ?? Number.NaN;
  });
  page.removeAllListeners('requestfinished');
  return { bytes: await bytes(), ms };
}

async function measureVisit(browser: Browser, baseUrl: string, first: string, following: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${baseUrl}/poisk/`);
  const firstMeasure = await runQuery(page, first);
  const followingMeasure = await runQuery(page, following);
  await context.close();
  return { firstMeasure, followingMeasure };
}

export async function measureSite(baseUrl: string, queries: readonly string[]): Promise<SiteMeasure> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const result: SiteMeasure = { first: [], following: [] };
  try {
    for (let i = 0; i < queries.length; i += 1) {
      const visit = await measureVisit(browser, baseUrl, queries[i] ?? '', queries[(i + 1) % queries.length] ?? '');
      result.first.push(visit.firstMeasure);
      result.following.push(visit.followingMeasure);
    }
  } finally {
    await browser.close();
  }
  return result;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}
