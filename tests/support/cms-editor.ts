/**
 * Steps an editor takes in the real Decap admin, shared by the e2e test and the publish benchmark.
 * Each published change is a data row: to cover a new content type, add a row.
 */
import { expect, type Page } from '@playwright/test';

export interface PublishCase {
  /** What the editor does, for the test name. */
  name: string;
  /** Admin route of the entry, after #/collections/. */
  entry: string;
  /** The field's Russian label in the form. */
  field: string;
  /** Repository path of the file the CMS writes. */
  file: string;
  /** The site page that shows the value. */
  page: string;
  /** Builds the new value; `run` makes it unique per benchmark round. */
  value: (run: string) => string;
}

export const PUBLISH_CASES: PublishCase[] = [
  {
    name: 'a page title',
    entry: 'pages/entries/oplata',
    field: 'Заголовок',
    file: 'content/pages/oplata.md',
    page: '/oplata/',
    value: (run) => `Оплата электроэнергии ${run}`,
  },
  {
    name: 'the company postal address',
    entry: 'company/entries/company',
    field: 'Почтовый адрес',
    file: 'content/company.yaml',
    page: '/o-kompanii/',
    value: (run) => `634000, г. Томск, ул. Примерная, д. ${run}`,
  },
  // After merge: tariffs (a price) and offices (Saturday hours) are one row each here.
];

export async function signIn(page: Page, site: string): Promise<void> {
  await page.goto(`${site}/admin/`);
  await page.getByRole('button', { name: 'Войти' }).click();
  await expect(page.getByRole('link', { name: 'Профиль компании' })).toBeVisible();
}

export async function openEntry(page: Page, site: string, entry: string): Promise<void> {
  // A fresh load: jumping by hash from one entry straight to another leaves Decap's form empty.
  await page.goto('about:blank');
  await page.goto(`${site}/admin/#/collections/${entry}`);
  // An unchanged entry says «Опубликовано»; it becomes «Опубликовать» after an edit.
  await expect(page.getByRole('button', { name: 'Опубликовано' })).toBeVisible({ timeout: 30_000 });
}

export async function fillField(page: Page, label: string, value: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  await input.fill(value);
}

/** «Опубликовать» → «Опубликовать сейчас»; resolves when the click is made. */
export async function publishNow(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Опубликовать' }).click();
  await page.getByRole('menuitem', { name: 'Опубликовать сейчас' }).click();
}

/** Waits until the site serves `text` on `path` (the server restarts after each rebuild). */
export async function waitForPublished(site: string, path: string, text: string, timeoutMs = 120_000): Promise<void> {
  await expect
    .poll(
      async () => {
        try {
          return (await (await fetch(`${site}${path}`)).text()).includes(text);
        } catch {
          return false;
        }
      },
      { timeout: timeoutMs, intervals: [250] },
    )
    .toBe(true);
}
