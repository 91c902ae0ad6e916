/**
 * Relevance of the site search, measured in a real browser against the built site and its real
 * Pagefind index: every query of the set must bring its expected page into the top 3.
 * Prints recall@1 and recall@3.
 */
import { expect, test } from '@playwright/test';
import { RELEVANCE_SET } from '../search/relevance-set.ts';

test('every query of the relevance set finds its page in the top 3', async ({ page }) => {
  test.setTimeout(180_000);
  const misses: string[] = [];
  let firstHits = 0;
  for (const { query, expected } of RELEVANCE_SET) {
    await page.goto(`/poisk/?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole('main').getByRole('status')).toContainText(/Найден|Ничего не найдено/);
    const top = await page
      .locator('#search-results h2 a')
      .evaluateAll((links) => links.slice(0, 3).map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    const rank = top.findIndex((path) => expected.includes(path));
    if (rank === 0) firstHits += 1;
    if (rank < 0) misses.push(`«${query}»: expected ${expected.join(' or ')}, got ${top.join(', ') || 'nothing'}`);
  }
  const total = RELEVANCE_SET.length;
  const recallAt3 = (total - misses.length) / total;
  console.log(
    `search relevance: ${total} queries, recall@1 ${(firstHits / total).toFixed(3)}, recall@3 ${recallAt3.toFixed(3)}`,
  );
  expect(total).toBeGreaterThanOrEqual(40);
  expect(misses).toEqual([]);
});
