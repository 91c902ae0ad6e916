/** What a visitor notices about the frame of the site: home page order, skip link, footer facts. */
import { expect, test } from '@playwright/test';

test('the home page puts online tasks first, in the order customers need them', async ({ page }) => {
  await page.goto('/');
  const online = page.getByTestId('online-tasks').getByRole('link');
  await expect(online).toHaveText([
    'Передать показания',
    'Оплатить электроэнергию',
    'QR-код для оплаты',
    'Задать вопрос',
  ]);
  await expect(page.getByRole('main').getByRole('button', { name: 'Версия для слабовидящих' })).toBeVisible();
});

test('the skip link is the first thing the keyboard reaches and moves focus to the content', async ({ page }) => {
  await page.goto('/oplata/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Перейти к основному содержанию' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main-content')).toBeFocused();
});

test('the accessible-version link comes early in the tab order', async ({ page }) => {
  await page.goto('/');
  const names: string[] = [];
  for (let i = 0; i < 4; i += 1) {
    await page.keyboard.press('Tab');
    names.push(await page.evaluate(() => document.activeElement?.textContent.trim() ?? ''));
  }
  expect(names.some((name) => name.includes('Версия для слабовидящих'))).toBe(true);
});

test('the footer shows the requisites, a free 8-800 number and marks invented values as samples', async ({ page }) => {
  await page.goto('/o-kompanii/');
  const footer = page.getByRole('contentinfo');
  await expect(footer).toContainText('Акционерное общество «Томская энергосбытовая компания»');
  await expect(footer).toContainText('ИНН');
  await expect(footer).toContainText('ОГРН');
  await expect(footer.getByRole('link', { name: '8-800-222-49-02' })).toHaveAttribute('href', 'tel:+78002224902');
  await expect(footer.getByRole('link', { name: /@/ })).toHaveAttribute('href', /^mailto:/);
  // ИНН, ОГРН, postal address, e-mail and social links are placeholders in the demo content.
  await expect(footer.getByText('пример', { exact: true })).toHaveCount(5);
});

test('breadcrumbs lead back through the section', async ({ page }) => {
  await page.goto('/o-kompanii/ofisy/');
  const crumbs = page.getByRole('navigation', { name: 'Вы здесь' });
  await expect(crumbs.getByRole('link')).toHaveText(['Главная', 'О компании']);
  await expect(crumbs.getByText('Офисы обслуживания')).toHaveAttribute('aria-current', 'page');
});
