/**
 * Steps an editor takes in the real Decap admin, shared by the e2e test and the publish benchmark.
 * Each published change is a data row: to cover a new content type, add a row.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export interface PublishCase {
  /** What the editor does, for the test name. */
  name: string;
  /** Admin route of the entry, after #/collections/. */
  entry: string;
  /** The summary of the list item holding the field (e.g. an office's name), which is expanded first. */
  item?: string;
  /** Russian labels from the outermost group down to the input, e.g. ['Суббота', 'До']. */
  field: string[];
  /** Repository path of the file the CMS writes. */
  file: string;
  /** The site page that shows the value. */
  page: string;
  /** Builds the new value; `run` makes it unique per benchmark round. */
  value: (run: string) => string;
  /** How the page shows the value, when not as typed (prices use a decimal comma). */
  shown?: string;
}

export const PUBLISH_CASES: PublishCase[] = [
  {
    name: 'a page title',
    entry: 'pages/entries/oplata',
    field: ['Заголовок'],
    file: 'content/pages/oplata.md',
    page: '/oplata/',
    value: (run) => `Оплата электроэнергии ${run}`,
  },
  {
    name: 'the company postal address',
    entry: 'company/entries/company',
    field: ['Почтовый адрес'],
    file: 'content/company.yaml',
    page: '/o-kompanii/kontakty/',
    value: (run) => `634000, г. Томск, ул. Примерная, д. ${run}`,
  },
  {
    name: 'a tariff price',
    entry: 'tariffs/entries/tariffs',
    item: '2026-07-01',
    field: ['Население, проживающее в городских населённых пунктах', 'Одноставочный тариф'],
    file: 'content/tariffs/tariffs.yaml',
    page: '/tarify/',
    value: () => '5.83',
    shown: '5,83',
  },
  {
    name: "an office's Saturday hours",
    entry: 'offices/entries/offices',
    item: 'Офис на ул. Примерной',
    field: ['Суббота', 'До'],
    file: 'content/offices.yaml',
    page: '/o-kompanii/ofisy/',
    value: () => '16:30',
    shown: '9:00–16:30',
  },
];

export async function signIn(page: Page, site: string): Promise<void> {
  await page.goto(`${site}/admin/`, { timeout: 120_000 });
  await page.getByRole('button', { name: 'Войти' }).click();
  await expect(page.getByRole('link', { name: 'Профиль компании' })).toBeVisible();
}

export async function openEntry(page: Page, site: string, entry: string): Promise<void> {
  // A fresh load: jumping by hash from one entry straight to another leaves Decap's form empty.
  await page.goto('about:blank');
  await page.goto(`${site}/admin/#/collections/${entry}`);
  // An unchanged entry says «Опубликовано»; it becomes «Опубликовать» after an edit.
  await expect(page.getByRole('button', { name: 'Опубликовано' })).toBeVisible({ timeout: 90_000 });
}

/** Expands the collapsed list item whose summary is `summary` (an office's name, a period's first day). */
export async function expandItem(page: Page, summary: string): Promise<Locator> {
  const item = page.getByText(summary, { exact: true }).locator('xpath=..');
  await item.getByRole('button').first().click();
  return item;
}

/** A field's label as Decap shows it: «(необязательный)» is appended to an optional field's. */
function labelled(label: string): RegExp {
  return new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\(необязательный\\))?$`);
}

/**
 * The input reached through `labels` (groups first, the input's own label last) inside the list
 * item `item`, or anywhere in the form. Decap marks each field's box with aria-label «… field».
 */
/** The innermost box of the field reached through `labels` (a group or list, by its label). */
export async function fieldBox(page: Page, labels: string[], item?: string): Promise<Locator> {
  let scope: Locator | Page = item ? await expandItem(page, item) : page;
  for (const group of labels) {
    const label = page.locator('label').getByText(labelled(group));
    scope = scope.locator('[aria-label$=" field"]').filter({ has: label }).last();
  }
  return scope as Locator;
}

export async function fieldInput(page: Page, labels: string | string[], item?: string): Promise<Locator> {
  const path = typeof labels === 'string' ? [labels] : labels;
  let scope: Locator | Page = item ? await expandItem(page, item) : page;
  for (const group of path.slice(0, -1)) {
    const label = page.locator('label').getByText(labelled(group));
    // The innermost box holding that label: outer boxes come first in document order.
    scope = scope.locator('[aria-label$=" field"]').filter({ has: label }).last();
  }
  return scope.getByLabel(labelled(path.at(-1) ?? '')).first();
}

export async function fillField(page: Page, labels: string | string[], value: string, item?: string): Promise<void> {
  await (await fieldInput(page, labels, item)).fill(value);
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
