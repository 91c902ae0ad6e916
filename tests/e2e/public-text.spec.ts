/**
 * Nothing untrue or stale in public text (issue 16 §4): no payment on the site that does not
 * exist, no «ожидаемое окончание» for outages that are over, no instructions for developers shown
 * to the public or to staff, and the service standard published in full with citable points.
 */
import { expect, test } from '@playwright/test';
import { ensureStaffUser, signInAs } from '../support/staff-accounts.ts';

test('the home page and the FAQ say what exists: where to pay, not a payment on this site', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('online-tasks')).not.toContainText('Онлайн и без комиссии');
  await page.goto('/internet-priemnaya/voprosy-otvety/kogda-zachislyat-platezh/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Когда зачислят платёж?');
  await expect(page.locator('main')).toContainText('На этом сайте оплатить нельзя');
  await page.goto('/oplata/');
  await expect(page.locator('main')).not.toContainText('сервис появится');
});

test('the FAQ on offices claims no office the offices page does not list', async ({ page }) => {
  await page.goto('/internet-priemnaya/voprosy-otvety/gde-blizhajshij-ofis/');
  await expect(page.locator('main')).not.toContainText('в каждом районе');
  await expect(page.locator('main').getByRole('link', { name: 'Офисы обслуживания' }).first()).toHaveAttribute(
    'href',
    '/o-kompanii/ofisy/',
  );
});

test('readings without registration link to the form that exists (F02)', async ({ page }) => {
  await page.goto('/peredat-pokazaniya/');
  await expect(page.locator('main')).not.toContainText('появится');
  await expect(page.locator('main a[href="/internet-priemnaya/peredat-pokazaniya/"]').first()).toBeVisible();
});

test('archived outages show the end as announced, not as expected', async ({ page }) => {
  await page.goto('/otklyucheniya/');
  const archive = page.locator('#arhiv ~ [data-testid="outages"]');
  await expect(archive).not.toContainText('Ожидаемое окончание');
  // The actual end where the network company reported it, else the end as it was announced.
  const ends = archive.locator('dt', { hasText: /окончание/i });
  await expect(ends.first()).toBeVisible();
  for (const label of await ends.allInnerTexts())
    expect(label).toMatch(/^(Фактическое окончание|Окончание \(как было объявлено\))$/);
});

test('documents show a plain sample mark, not instructions to developers', async ({ page }) => {
  await page.goto('/dokumenty/');
  await expect(page.locator('main')).not.toContainText(/замените файл|заглушк|до запуска сайта замен/i);
});

test('staff pages show at most a plain note about the calendar, never a file to add', async ({ page }) => {
  // Creating the account and signing in hash passwords: slow on a busy machine.
  test.slow();
  const email = 'public-text-specialist@example.ru';
  const password = 'public-text-password-1';
  ensureStaffUser(email, 'Кузнецова Ирина Павловна', 'специалист', password);
  await page.goto('/staff/vhod/');
  await signInAs(page, email, password);
  await expect(page).toHaveURL(/\/staff\/$/);
  await expect(page.locator('body')).not.toContainText('content/calendar');
  await expect(page.locator('body')).not.toContainText('.yaml');
});

test('the service standard is published in full, a part per page, with contents and citable points', async ({
  page,
}) => {
  await page.goto('/o-kompanii/standart-kachestva/tekst/');
  const contents = page.getByRole('navigation', { name: 'Содержание' });
  await expect(contents.getByRole('link')).toHaveCount(33);
  // Printed it keeps its contents; the whole text for paper is the PDF (`npm run standard:pdf`).
  await page.emulateMedia({ media: 'print' });
  await expect(contents).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Основные разделы' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await contents
    .getByRole('link', { name: 'Раздел 1. Организация инфраструктуры интерактивного обслуживания' })
    .click();
  await expect(page).toHaveURL(/\/o-kompanii\/standart-kachestva\/tekst\/glava-5-razdel-1\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    /^Глава 5\. Организация виртуального \(интерактивного\) обслуживания\s*Раздел 1\./,
  );
  const point = page.locator('#glava-5-razdel-1-p-3-9');
  await expect(point).toContainText('На официальном сайте должна быть размещена следующая информация');
  await expect(point.getByRole('link', { name: '3.9.' })).toHaveAttribute('href', '#glava-5-razdel-1-p-3-9');
  // The neighbouring parts are a link away.
  const parts = page.getByRole('navigation', { name: 'Страницы стандарта' });
  await expect(parts.getByRole('link', { name: 'Раздел 2. Требования к обслуживанию в ЛКК' })).toHaveAttribute(
    'href',
    '/o-kompanii/standart-kachestva/tekst/glava-5-razdel-2/',
  );
  await parts
    .getByRole('link', { name: 'Глава 4. Организация заочного обслуживания — Раздел 3. Алгоритм обработки обращений' })
    .click();
  await expect(page).toHaveURL(/\/tekst\/glava-4-razdel-3\/$/);
  await expect(page.locator('#glava-4-razdel-3-tablica-1 table')).toContainText('Время ожидания ответа');
  // A page citing a point links to its anchor, and the anchor is there.
  await page.goto('/o-kompanii/standart-kachestva/');
  await page.getByRole('link', { name: 'Гл. 5, разд. 1, п. 3.12' }).click();
  await expect(page).toHaveURL(/\/o-kompanii\/standart-kachestva\/tekst\/glava-5-razdel-1\/#glava-5-razdel-1-p-3-12$/);
  await expect(page.locator('#glava-5-razdel-1-p-3-12')).toContainText('Перебои в работе официального сайта');
  // A link made before the split still reaches its point.
  await page.goto('/o-kompanii/standart-kachestva/tekst/#glava-5-razdel-3-p-9');
  await expect(page).toHaveURL(/\/tekst\/glava-5-razdel-3\/#glava-5-razdel-3-p-9$/);
  await expect(page.locator('#glava-5-razdel-3-p-9')).toBeVisible();
});
