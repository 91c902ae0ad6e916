/**
 * The forms' anti-spam proof of work stays out of the visitor's way: nothing is fetched or solved
 * while the page loads; the first focus inside the form fetches the challenge and a Web Worker
 * solves it, and the form then goes through with JavaScript (without it, see forms.spec.ts).
 */
import { expect, test } from '@playwright/test';

const FORM = '/internet-priemnaya/vopros/';

test('the proof of work starts on the first focus in the form and runs in a worker', async ({ page }) => {
  const challenges: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/forms/challenge') challenges.push(request.url());
  });
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));

  await page.goto(FORM, { waitUntil: 'networkidle' });
  expect(challenges).toEqual([]);
  expect(workers).toEqual([]);
  await expect(page.locator('[data-proof-of-work]')).toHaveValue('');

  await page.getByLabel('Фамилия').focus();
  await expect(page.locator('[data-proof-of-work]')).not.toHaveValue('', { timeout: 30_000 });
  expect(challenges).toHaveLength(1);
  expect(workers).toHaveLength(1);

  await page.getByLabel('Фамилия').fill('Иванова');
  await page.getByLabel('Имя', { exact: true }).fill('Анна');
  await page.getByLabel('По электронной почте').check();
  await page.getByLabel('Адрес электронной почты').fill('anna@example.ru');
  await page.getByLabel('Тема вопроса').selectOption('billing');
  await page.getByLabel('Ваш вопрос').fill('Как передать показания?');
  await page.getByLabel('Я даю согласие на обработку').check();
  await page.getByRole('button', { name: 'Отправить' }).click();
  await expect(page.getByRole('heading', { name: 'Обращение принято' })).toBeVisible();
});
