/**
 * Relevance of the site search on both parts of the relevance set (tests/search/relevance-set.ts),
 * against the built site and its real index: every query through /poisk/?q= as the server
 * answers it, and a sample through the browser's search, which must rank the same (one ranking).
 * Prints recall@1, recall@3, MRR and the zero-result rate of each part.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { describe, measureRelevance } from '../search/metrics.ts';
import { RELEVANCE_SET } from '../search/relevance-set.ts';

/** Result links in the order the server rendered them. */
async function serverRanking(request: APIRequestContext, query: string): Promise<string[]> {
  const response = await request.get(`/poisk/?q=${encodeURIComponent(query)}`);
  expect(response.status()).toBe(200);
  const html = await response.text();
  return [...html.matchAll(/<li class="es-search-result" id="result-\d+">.*?<h2><a href="([^"]+)"/g)].map(
    (match) => match[1] ?? '',
  );
}

test('the relevance set: figures of both parts, ranked by the server', async ({ request }) => {
  test.setTimeout(300_000);
  const figures = await measureRelevance(RELEVANCE_SET, (query) => serverRanking(request, query));
  console.log(`search relevance\n${describe(figures.tuning)}\n${describe(figures['held-out'])}`);
  console.log(`tuning misses:\n${figures.tuning.misses.join('\n')}`);
  expect(RELEVANCE_SET.length).toBeGreaterThanOrEqual(200);
  // Issue 19's targets. The held-out part is at 0.956 (108 of 113 in the top 3): one query more
  // out of the top 3 fails this, which is the point.
  expect(figures.tuning.zeroResultRate).toBe(0);
  expect(figures['held-out'].zeroResultRate).toBe(0);
  expect(figures.tuning.recallAt3).toBeGreaterThanOrEqual(0.97);
  expect(figures['held-out'].recallAt3).toBeGreaterThanOrEqual(0.95);
  expect(figures['held-out'].mrr).toBeGreaterThanOrEqual(0.85);
});

test('the browser ranks a query as the server does', async ({ page, request }) => {
  test.setTimeout(120_000);
  await page.goto('/poisk/');
  for (const { query } of RELEVANCE_SET.filter((_, i) => i % 20 === 0)) {
    await page.getByRole('searchbox', { name: 'Что вы ищете?' }).fill(query);
    await page.getByRole('button', { name: 'Найти' }).last().click();
    await expect(page.getByRole('main').getByRole('status')).toContainText(`«${query}»`, { timeout: 30_000 });
    const browser = await page
      .locator('#search-results h2 a')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(browser, query).toEqual(await serverRanking(request, query));
  }
});
