/**
 * Every page in the sitemap, plus the on-demand pages the sitemap cannot list, in a phone-sized
 * viewport: no axe violations, the frame every page must have, no horizontal scrolling and no
 * Content Security Policy violation (also on the search page with a query, and on a form page
 * once its proof of work has started).
 */
import { expect, test, type Page } from '@playwright/test';
import { forms } from '../../content/schemas/forms/index.ts';
import { axeViolations } from '../support/axe.ts';
import { sitePaths } from '../support/sitemap.ts';

const paths = sitePaths();

test('the sitemap lists every section of the information architecture', () => {
  for (const path of [
    '/',
    '/fizicheskim-licam/',
    '/yuridicheskim-licam/',
    '/oplata/',
    '/peredat-pokazaniya/',
    '/otklyucheniya/',
    '/internet-priemnaya/',
    '/raskrytie-informacii/',
    '/o-kompanii/',
    '/o-kompanii/kontakty/',
    '/o-kompanii/ofisy/',
    '/o-kompanii/standart-kachestva/',
  ]) {
    expect(paths).toContain(path);
  }
  expect(paths).not.toContain('/404/');
});

/**
 * Records the page's `securitypolicyviolation` events from the first script on: a violation
 * caught by the page's own code (zod's `new Function` probe) never reaches the console.
 */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(
        `${event.effectiveDirective} blocked ${event.blockedURI} (${event.sourceFile}:${String(event.lineNumber)})`,
      );
    });
  });
  return () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

test('the search page with a query shows results without a CSP violation', async ({ page }) => {
  const cspViolations = await watchCsp(page);
  await page.goto('/poisk/?q=передать показания');
  await expect(page.locator('#search-results li').first()).toBeVisible();
  expect(await cspViolations()).toEqual([]);
});

test('a form page starts its proof of work without a CSP violation', async ({ page }) => {
  const cspViolations = await watchCsp(page);
  const form = forms[0];
  if (!form) throw new Error('no forms');
  await page.goto(form.pagePath);
  await page.locator('#forma input:not([type="hidden"]), #forma textarea').first().focus();
  await expect(page.locator('[data-proof-of-work]')).not.toHaveValue('', { timeout: 30_000 });
  expect(await cspViolations()).toEqual([]);
});

for (const path of paths) {
  test(`page ${path}`, async ({ page }) => {
    // axe over a long page (the whole service standard, the tariff archive) at 320 px on a busy
    // 2-core CI machine takes more than the default 30 s.
    test.slow();
    const cspViolations = await watchCsp(page);
    await page.setViewportSize({ width: 320, height: 800 });
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);

    expect(await axeViolations(page)).toEqual([]);

    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.getByRole('banner').getByRole('button', { name: 'Версия для слабовидящих' })).toBeVisible();
    await expect(page.getByRole('search').getByRole('searchbox', { name: 'Поиск по сайту' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Основные разделы' })).toBeVisible();
    await expect(page.getByRole('contentinfo')).toContainText('Почтовый адрес');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, 'horizontal scroll at 320 px').toBe(0);
    expect(await cspViolations()).toEqual([]);
  });
}
