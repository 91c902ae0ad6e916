/**
 * Relevance of the site search, measured in a real browser against the built site and its real
 * Pagefind index, on both parts of the relevance set (tests/search/relevance-set.ts).
 * Prints recall@1, recall@3, MRR and the zero-result rate of each part.
 */
import { expect, test } from '@playwright/test';
import { describe, measureRelevance } from '../search/metrics.ts';
import { RELEVANCE_SET } from '../search/relevance-set.ts';

test('the relevance set: figures of both parts', async ({ page }) => {
  test.setTimeout(600_000);
  const figures = await measureRelevance(RELEVANCE_SET, async (query) => {
    await page.goto(`/poisk/?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole('main').getByRole('status')).toContainText(/Найден|Ничего не найдено/, { timeout: 30_000 });
    return page
      .locator('#search-results h2 a')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  });
  console.log(`search relevance\n${describe(figures.tuning)}\n${describe(figures['held-out'])}`);
  console.log(`tuning misses:\n${figures.tuning.misses.join('\n')}`);
  expect(RELEVANCE_SET.length).toBeGreaterThanOrEqual(200);
});
