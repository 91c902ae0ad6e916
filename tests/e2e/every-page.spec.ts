/**
 * Every page in the sitemap, plus the on-demand pages the sitemap cannot list, in a phone-sized
 * viewport: no axe violations, the frame every page must have, and no horizontal scrolling.
 */
import { expect, test } from '@playwright/test';
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

for (const path of paths) {
  test(`page ${path}`, async ({ page }) => {
    const cspViolations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });
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
    expect(cspViolations).toEqual([]);
  });
}
