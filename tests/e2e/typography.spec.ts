/**
 * Typography a proofreader would pass (issue 16 §5) on every page a person can see: every built
 * page in dist/client, and every page template rendered on demand — the forms, the receipt, the
 * status page, the outage pages and the staff console. E-mails: forms-api/test/mail/typography.test.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { STAFF_PAGES } from '../../core/staff/paths.ts';
import { fromRepoRoot } from '../../core/repo-paths.ts';
import { ensureStaffUser, signInAs } from '../support/staff-accounts.ts';
import { ON_DEMAND_PAGES } from '../support/sitemap.ts';
import { describeFindings, htmlTypography } from '../support/typography.ts';

const client = fromRepoRoot('dist/client');
/** The CMS is Decap's own interface, not our text. */
const builtPages = readdirSync(client, { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('.html') && !file.startsWith('admin'));

function findingsOf(where: string, html: string): string[] {
  return describeFindings(htmlTypography(html)).map((finding) => `${where}: ${finding}`);
}

test('every built page reads without glued words or doubled full stops', () => {
  expect(builtPages.length).toBeGreaterThan(100);
  const findings = builtPages.flatMap((file) => findingsOf(`/${file}`, readFileSync(join(client, file), 'utf8')));
  expect([...new Set(findings)]).toEqual([]);
});

for (const path of [...ON_DEMAND_PAGES, '/novosti/', STAFF_PAGES.signIn]) {
  test(`on-demand page ${path} reads cleanly`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    expect(findingsOf(path, await response.text())).toEqual([]);
  });
}

async function sendQuestion(page: Page): Promise<string> {
  await page.goto('/internet-priemnaya/vopros/');
  await page.getByLabel('Фамилия').fill('Иванова');
  await page.getByLabel('Имя', { exact: true }).fill('Анна');
  await page.getByLabel('По электронной почте').check();
  await page.getByLabel('Адрес электронной почты').fill('anna@example.ru');
  await page.getByLabel('Тема вопроса').selectOption('billing');
  await page.getByLabel('Ваш вопрос').fill('Почему выросла сумма в квитанции?');
  await page.getByLabel('Я даю согласие на обработку').check();
  await page.getByRole('button', { name: 'Отправить' }).click();
  await expect(page).toHaveURL(/\/internet-priemnaya\/prinyato\/\?r=/);
  return (
    (
      await page
        .getByText(/ВП-\d{4}-\d{6}/)
        .first()
        .textContent()
    )?.match(/ВП-\d{4}-\d{6}/)?.[0] ?? ''
  );
}

test.describe('pages behind a form or a sign-in', () => {
  test.use({ javaScriptEnabled: false });
  const manager = 'typography-manager@example.ru';
  const password = 'typography-password-1';
  test.beforeAll(() => {
    ensureStaffUser(manager, 'Сидорова Ольга Ивановна', 'руководитель', password);
  });

  test('the receipt and every staff console page read cleanly', async ({ page }) => {
    test.slow();
    const number = await sendQuestion(page);
    const findings = findingsOf('receipt', await page.content());

    await page.goto(STAFF_PAGES.signIn);
    await signInAs(page, manager, password);
    await expect(page).toHaveURL(/\/staff\/$/);
    const appeal = `${STAFF_PAGES.queue}${encodeURIComponent(number)}/`;
    for (const path of [
      STAFF_PAGES.dashboard,
      STAFF_PAGES.queue,
      appeal,
      STAFF_PAGES.reports,
      STAFF_PAGES.auditLog,
      STAFF_PAGES.refused,
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      findings.push(...findingsOf(path, await page.content()));
    }
    expect([...new Set(findings)]).toEqual([]);
  });
});
