/**
 * Rating an answer (issue 17, Tomsk standard Гл. 6) in Chromium: a specialist answers an appeal,
 * the final answer letter (an .eml of the test server's outbox) carries a personal link; opened
 * without JavaScript, it asks for a score and a comment (the error summary names the field), thanks
 * the customer, and says «already rated» when used again; a forged link gets a Russian 400 page.
 * The rating shows in the appeal's history and in the monthly satisfaction of the reports page.
 * axe and the proofreader's typography checks run on every state of the new page.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { fromRepoRoot } from '../../core/repo-paths.ts';
import { formatMonth, localMonth } from '../../core/dates.ts';
import { STAFF_PAGES } from '../../core/staff/paths.ts';
import { axeViolationsWithoutJs } from '../support/axe.ts';
import { ensureStaffUser, signInAs } from '../support/staff-accounts.ts';
import { submitHeldQuestion } from '../support/held-question.ts';
import { sitemapPaths } from '../support/sitemap.ts';
import { RATING_PAGE_PATH } from '../../content/schemas/forms/answer-rating.ts';
import { describeFindings, htmlTypography } from '../support/typography.ts';

const PASSWORD = 'correct horse battery';
const run = Date.now().toString(36);
const specialist = `rating-${run}@example.ru`;
/** The test server writes mail here (no SMTP_URL in tests/playwright.config.ts). */
const OUTBOX = fromRepoRoot('var/outbox');
const TIME_ZONE = 'Asia/Tomsk';

test.beforeAll(() => {
  ensureStaffUser(specialist, 'Лебедева Ольга Павловна', 'специалист', PASSWORD);
});

test("the rating page is not in the sitemap: without the letter's link it is only a 400", () => {
  expect(sitemapPaths()).not.toContain(RATING_PAGE_PATH);
});

/**
 * The rating link (path and query) in the final answer letter about `number` saying `answer`, once
 * the outbox has sent it: earlier runs left letters about the same number (each run's database
 * numbers afresh) in the same folder.
 */
async function ratingLinkFor(number: string, answer: string): Promise<string> {
  let link = '';
  await expect
    .poll(
      async () => {
        const files = readdirSync(OUTBOX).filter((file) => file.startsWith(`letter-${number}-final-answer-`));
        for (const file of files) {
          const mail = await simpleParser(readFileSync(join(OUTBOX, file)));
          if (!mail.text?.includes(answer)) continue;
          const found = mail.text.match(/https?:\/\/\S+?(\/internet-priemnaya\/ocenka\/\?t=\S+)/)?.[1];
          if (found) link = found;
        }
        return link;
      },
      { message: `the final answer letter of ${number} with its rating link` },
    )
    .not.toBe('');
  return link;
}

async function expectCleanWithoutJs(page: Page, axe = true): Promise<void> {
  expect(describeFindings(htmlTypography(await page.content()))).toEqual([]);
  if (axe) expect(await axeViolationsWithoutJs(page)).toEqual([]);
}

async function withoutJs<T>(browser: Browser, work: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    return await work(await context.newPage());
  } finally {
    await context.close();
  }
}

test('a customer rates the answer from the letter without JavaScript; staff see it in the history and the report', async ({
  page,
  request,
  browser,
}) => {
  // The staff answer flow and five states of the page, four checked with axe in a fresh page: minutes on busy CI.
  test.setTimeout(240_000);
  // Without the browser's anti-spam proof the appeal is held; the specialist releases it.
  const number = await submitHeldQuestion(request, {
    lastName: 'Соколова',
    firstName: 'Нина',
    middleName: 'Игоревна',
    email: `nina-${run}@example.ru`,
    text: 'Почему в квитанции два лицевых счёта?',
  });
  const appealPage = `${STAFF_PAGES.queue}${encodeURIComponent(number)}/`;

  await page.goto(STAFF_PAGES.signIn);
  await signInAs(page, specialist, PASSWORD);
  await page.goto(appealPage);
  await page.getByRole('button', { name: 'Выпустить из карантина' }).click();
  const answer = `Второй лицевой счёт открыт для дачи; он закрыт по вашему заявлению (ответ ${run}).`;
  await page.getByLabel('Текст ответа').fill(answer);
  await page.getByRole('button', { name: 'Записать ответ' }).click();
  await page.getByRole('button', { name: 'Отправить ответ' }).click();
  await expect(page.getByRole('status')).toHaveText('Ответ записан и отправлен клиенту.');

  const link = await ratingLinkFor(number, answer);
  await withoutJs(browser, async (customer) => {
    const opened = await customer.goto(link);
    expect(opened?.status()).toBe(200);
    await expect(customer.getByRole('heading', { level: 1 })).toHaveText('Оценка ответа на обращение');
    await expect(customer.getByText(`обращение № ${number}`)).toBeVisible();
    await expectCleanWithoutJs(customer);

    // Nothing chosen: the error summary names the field and links to it; the comment is kept.
    await customer.getByLabel('Комментарий (необязательно)').fill('Ответили понятно.');
    await customer.getByRole('button', { name: 'Отправить оценку' }).click();
    await expect(customer).toHaveTitle(/^Ошибка:/);
    const summary = customer.getByRole('alert');
    await expect(
      summary.getByRole('link', { name: 'Выберите оценку ответа: от 1 (очень плохо) до 5 (отлично)' }),
    ).toHaveAttribute('href', '#rating');
    await expect(customer.getByLabel('Комментарий (необязательно)')).toHaveValue('Ответили понятно.');
    await expectCleanWithoutJs(customer);

    await customer.getByLabel('4 — хорошо').check();
    await customer.getByRole('button', { name: 'Отправить оценку' }).click();
    await expect(customer.getByRole('heading', { level: 1 })).toHaveText('Спасибо за оценку');
    await expect(customer.getByText(`обращение № ${number} сохранена: 4 из 5`)).toBeVisible();
    await expectCleanWithoutJs(customer);

    // The link works once.
    await customer.goto(link);
    await expect(customer.getByRole('heading', { level: 1 })).toHaveText('Ответ уже оценён');
    // The same template as the thanks, checked with axe above.
    await expectCleanWithoutJs(customer, false);

    // A forged link: a Russian page with 400, never a server error.
    const forged = await customer.goto(link.replace(/.$/, (last) => (last === 'A' ? 'B' : 'A')));
    expect(forged?.status()).toBe(400);
    await expect(customer.getByRole('heading', { level: 1 })).toHaveText('Ссылка для оценки не действует');
    await expectCleanWithoutJs(customer);
  });

  // A second post of the used link (another tab) changes nothing and says so with 409.
  const token = new URL(link, 'http://localhost').searchParams.get('t') ?? '';
  const again = await request.post('/internet-priemnaya/ocenka/', { form: { t: token, rating: '1' } });
  expect(again.status()).toBe(409);
  expect(await again.text()).toContain('Ответ уже оценён');

  await page.goto(appealPage);
  const history = page.getByRole('region', { name: 'История' });
  await expect(history).toContainText('Заявитель оценил ответ');
  await expect(history).toContainText('Оценка ответа: 4 из 5');
  await expect(history).toContainText('Ответили понятно.');

  await page.goto(STAFF_PAGES.reports);
  const month = formatMonth(localMonth(new Date(), TIME_ZONE)).replace(/\s*г\.$/, '');
  const table = page.getByRole('table', { name: 'Удовлетворённость ответами по месяцам' });
  await expect(table.getByRole('row', { name: new RegExp(`^${month}`) })).toContainText(/1\s*4\s*100\s%/);
  await expect(page.getByRole('img', { name: /Доля оценок 4 и 5 по месяцам/ })).toBeVisible();
});
