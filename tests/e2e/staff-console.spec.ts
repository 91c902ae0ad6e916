/**
 * The staff console in Chromium: nothing without signing in, GOV.UK-style errors, identical answers
 * for a wrong password and an unknown e-mail, sign-out, the auditor's read-only audit log, and axe
 * on every console page (they are not in the sitemap, so they are listed here).
 * Accounts are created with the real command, `npm run staff -- add-user … --password-stdin`.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe.ts';
import { sitemapPaths } from '../support/sitemap.ts';
import { ensureStaffUser, signInAs } from '../support/staff-accounts.ts';

const PASSWORD = 'correct horse battery';
// Unique per worker: with fullyParallel both workers run beforeAll, possibly in the same millisecond.
const run = Date.now().toString(36);
const specialist = `specialist-${run}@example.ru`;
const auditor = `auditor-${run}@example.ru`;

test.beforeAll(() => {
  ensureStaffUser(specialist, 'Иванова Мария Петровна', 'специалист', PASSWORD);
  ensureStaffUser(auditor, 'Петров Пётр Ильич', 'аудитор', PASSWORD);
});

const signIn = (page: Page, email: string, password = PASSWORD) => signInAs(page, email, password);

test('the console is kept out of the sitemap and robots.txt asks crawlers to stay away', async ({ request }) => {
  expect(sitemapPaths().filter((path) => path.startsWith('/staff'))).toEqual([]);
  expect(await (await request.get('/robots.txt')).text()).toContain('Disallow: /staff/');
});

test('the console and the audit log send a visitor to the sign-in page first', async ({ page }) => {
  await page.goto('/staff/');
  await expect(page).toHaveURL(/\/staff\/vhod\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Вход в консоль сотрудника');
  await expectNoAxeViolations(page);

  const response = await page.goto('/staff/zhurnal/');
  expect(response?.status()).toBe(200);
  await expect(page).toHaveURL(/\/staff\/vhod\/\?vernutsya=%2Fstaff%2Fzhurnal%2F$/);
  await expect(page.getByRole('navigation', { name: 'Разделы консоли' })).toHaveCount(0);
});

test('an empty form gets the error summary, focused, and «Ошибка:» in the title', async ({ page }) => {
  await page.goto('/staff/vhod/');
  await page.getByRole('button', { name: 'Войти' }).click();
  await expect(page).toHaveTitle(/^Ошибка: /);
  const summary = page.locator('[data-error-summary]');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('alert')).toBeVisible();
  await expect(summary.getByRole('link')).toHaveText([
    'Введите адрес электронной почты, например ivanova@example.ru',
    'Введите пароль',
  ]);
  await summary.getByRole('link', { name: 'Введите пароль' }).click();
  await expect(page.getByLabel('Пароль')).toBeFocused();
  await expectNoAxeViolations(page);
});

test('a wrong password and an unknown e-mail get the same answer', async ({ page }) => {
  const answers: string[] = [];
  for (const email of [specialist, `nobody-${run}@example.ru`]) {
    await page.goto('/staff/vhod/');
    await signIn(page, email, 'not the password');
    await expect(page).toHaveTitle(/^Ошибка: /);
    answers.push(await page.getByRole('main').innerText());
  }
  expect(answers[0]).toContain('Неверный адрес электронной почты или пароль');
  expect(answers[0]).toBe(answers[1]);
});

test('a specialist signs in, sees the console without the audit log, and signs out', async ({ page }) => {
  await page.goto('/staff/zhurnal/');
  await signIn(page, specialist);
  // Sent back where they were going; the audit log is not for their role.
  await expect(page).toHaveURL(/\/staff\/zhurnal\/$/);
  await expect(page.getByRole('main')).toContainText('Журнал действий доступен руководителю и аудитору.');

  await page.getByRole('link', { name: 'Консоль сотрудника' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Консоль сотрудника');
  await expect(page.getByRole('banner')).toContainText('Иванова Мария Петровна (специалист)');
  const nav = page.getByRole('navigation', { name: 'Разделы консоли' });
  await expect(nav.getByRole('link')).toHaveText(['Очередь обращений', 'Отчёты']);
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Выйти' }).click();
  await expect(page).toHaveURL(/\/staff\/vhod\/\?vyhod$/);
  await expect(page.getByRole('status')).toHaveText('Вы вышли из консоли.');
  await page.goto('/staff/');
  await expect(page).toHaveURL(/\/staff\/vhod\/$/);
});

test('an auditor reads and filters the audit log but cannot change anything', async ({ page }) => {
  await page.goto('/staff/vhod/');
  await signIn(page, auditor);
  await page
    .getByRole('navigation', { name: 'Разделы консоли' })
    .getByRole('link', { name: 'Журнал действий' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Журнал действий');
  await page.getByLabel('Действие').selectOption({ label: 'Вход' });
  await page.getByLabel('Сотрудник (часть адреса почты)').fill(auditor);
  await page.getByRole('button', { name: 'Показать' }).click();
  const rows = page.getByRole('table').locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(auditor);
  await expect(rows.first()).toContainText('Вход');
  await expectNoAxeViolations(page);

  // A form the console would use for a change, sent with the auditor's valid CSRF token.
  const csrf = await page.locator('input[name="csrf"]').first().inputValue();
  const origin = new URL(page.url()).origin;
  const refused = await page.request.post('/staff/', { form: { csrf }, headers: { origin } });
  expect(refused.status()).toBe(403);
  expect(await refused.text()).toContain('У роли «аудитор» доступ только для чтения');
});
