/**
 * Every page in the sitemap, plus the on-demand pages the sitemap cannot list, in a phone-sized
 * viewport: no axe violations, the frame every page must have, no horizontal scrolling and no
 * Content Security Policy violation (also on the search page with a query, and on a form page
 * once its proof of work has started).
 */
import { expect } from '@playwright/test';
import { forms } from '../../content/schemas/forms/index.ts';
import { axeViolations } from '../support/axe.ts';
import { cspViolations, recordCspViolations } from '../support/csp-violations.ts';
import { test } from '../support/reused-page.ts';
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

test('the search page with a query shows results without a CSP violation', async ({ page }) => {
  await recordCspViolations(page);
  await page.goto('/poisk/?q=передать показания');
  await expect(page.locator('#search-results li').first()).toBeVisible();
  expect(await cspViolations(page)).toEqual([]);
});

test('a form page starts its proof of work without a CSP violation', async ({ page }) => {
  await recordCspViolations(page);
  const form = forms[0];
  if (!form) throw new Error('no forms');
  await page.goto(form.pagePath);
  await page.locator('#forma input:not([type="hidden"]), #forma textarea').first().focus();
  await expect(page.locator('[data-proof-of-work]')).not.toHaveValue('', { timeout: 30_000 });
  expect(await cspViolations(page)).toEqual([]);
});

for (const path of paths) {
  test(`page ${path}`, async ({ reusedPage: page }) => {
    // axe over a long page (the whole service standard, the tariff archive) at 320 px on a busy
    // 2-core CI machine takes more than the default 30 s.
    test.slow();
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
    expect(await cspViolations(page)).toEqual([]);
  });
}
