/**
 * Steps an editor takes in the real Decap admin, shared by the e2e test and the publish benchmark.
 * Each published change is a data row: to cover a new content type, add a row.
 */
import { posix } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { stringify } from 'yaml';
import type { CmsField } from '../../cms/fields.ts';
import { itemsWord } from '../../cms/list-items.ts';

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
  const published = page.getByRole('button', { name: 'Опубликовано' });
  if (page.url().startsWith(`${site}/admin/`) && (await published.isVisible())) {
    // Within the admin, from a saved entry: through the collection's list, which mounts a new
    // form and loads the entry from the files again (straight to another entry leaves the form
    // empty), and is much faster than loading the admin anew.
    const hash = (route: string) => page.evaluate((to) => (window.location.hash = to), `#/collections/${route}`);
    await hash(entry.split('/')[0] ?? '');
    await expect(published).toHaveCount(0);
    await hash(entry);
  } else {
    // A fresh load (about:blank first: the same URL with another hash would not reload).
    await page.goto('about:blank');
    await page.goto(`${site}/admin/#/collections/${entry}`);
  }
  // An unchanged entry says «Опубликовано»; it becomes «Опубликовать» after an edit.
  await expect(published).toBeVisible({ timeout: 90_000 });
}

/** Expands the collapsed list item whose summary is `summary` (an office's name, a period's first day). */
export async function expandItem(page: Page, summary: string): Promise<Locator> {
  const item = itemBox(page, summary);
  await item.getByRole('button').first().click();
  return item;
}

/** The list item whose summary is `summary`, as it is (collapsed or open). */
export const itemBox = (page: Page, summary: string): Locator =>
  page.getByText(summary, { exact: true }).locator('xpath=..');

/** A field's label as Decap shows it: «(необязательный)» is appended to an optional field's. */
function labelled(label: string): RegExp {
  return new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\(необязательный\\))?$`);
}

/** The innermost box of the field reached through `labels` (groups or lists, by label) inside `scope`. */
function boxIn(page: Page, scope: Locator | Page, labels: string[]): Locator | Page {
  for (const group of labels) {
    const label = page.locator('label').getByText(labelled(group));
    // The innermost box holding that label: outer boxes come first in document order.
    scope = scope.locator('[aria-label$=" field"]').filter({ has: label }).last();
  }
  return scope;
}

/**
 * The innermost box of the field reached through `labels` (a group or list, by its label), in
 * the list item `item` (expanded first when given by its summary) or anywhere in the form.
 */
export async function fieldBox(page: Page, labels: string[], item?: string | Locator): Promise<Locator> {
  const scope = item === undefined ? page : typeof item === 'string' ? await expandItem(page, item) : item;
  return boxIn(page, scope, labels) as Locator;
}

/**
 * The input reached through `labels` (groups first, the input's own label last) inside the list
 * item `item`, or anywhere in the form. Decap marks each field's box with aria-label «… field».
 */
export async function fieldInput(page: Page, labels: string | string[], item?: string): Promise<Locator> {
  const path = typeof labels === 'string' ? [labels] : labels;
  const scope = boxIn(page, item ? await expandItem(page, item) : page, path.slice(0, -1));
  return scope.getByLabel(labelled(path.at(-1) ?? '')).first();
}

export async function fillField(page: Page, labels: string | string[], value: string, item?: string): Promise<void> {
  await (await fieldInput(page, labels, item)).fill(value);
}

/**
 * Adds an item to the list in `box` (which holds `count` items) with «Добавить …» and types
 * `value` into it field by field. The new item is the list's last, so in the box the last input
 * of each label is the new item's.
 */
export async function addListItem(
  page: Page,
  box: Locator,
  list: CmsField,
  count: number,
  value: unknown,
): Promise<void> {
  const forms = list.item_forms;
  await box
    .getByRole('button', { name: `Добавить ${list.label_singular ?? ''}`.trim() })
    .first()
    .click();
  if (forms)
    await expect(
      box.getByText(`${String(count + 1)} ${itemsWord(forms, count + 1)}`, { exact: true }).first(),
    ).toBeVisible();
  if (list.fields) await typeValue(page, box, { ...list, widget: 'object' }, value);
  else if (list.field) await typeValue(page, box, list.field, value);
}

/** Types `value` into the field's inputs inside `scope` (the last ones there), as an editor would. */
async function typeValue(page: Page, scope: Locator, field: CmsField, value: unknown): Promise<void> {
  if (field.widget === 'object') {
    for (const inner of field.fields ?? []) {
      const part = (value as Record<string, unknown>)[inner.name];
      if (part === undefined) continue;
      const grouped = inner.widget === 'object' || inner.widget === 'list';
      await typeValue(page, grouped ? (boxIn(page, scope, [inner.label]) as Locator) : scope, inner, part);
    }
    return;
  }
  if (field.widget === 'list') {
    const items = value as unknown[];
    for (const [index, item] of items.entries()) await addListItem(page, scope, field, index, item);
    return;
  }
  if (field.widget === 'file') {
    await uploadFile(page, scope, String(value));
    return;
  }
  const input = scope.getByLabel(labelled(field.label)).last();
  if (field.widget === 'select') {
    for (const option of Array.isArray(value) ? value : [value]) {
      const name = field.options?.find((known) => known.value === option)?.label ?? String(option);
      await input.fill(name);
      await page.getByRole('option', { name, exact: true }).click();
    }
  } else if (field.widget === 'boolean') {
    // A new item's switch is unset: a click sets it on, another off.
    await input.click();
    if (value === false) await input.click();
    await expect(input).toHaveAttribute('aria-checked', String(value));
  } else {
    await input.fill(field.widget === 'es-yaml' ? stringify(value).trimEnd() : String(value));
  }
}

/**
 * Puts a new file into the last file field in `scope` as an editor does: «Выберите файл» opens
 * Decap's media library, «Загрузить новый» uploads a file from the computer (which is then the
 * marked one), «Выбрать помеченные» writes its path into the field. `path` is the public path
 * the field should get, e.g. /files/e2e-prikaz.pdf: the uploaded file takes its name.
 */
async function uploadFile(page: Page, scope: Locator, path: string): Promise<void> {
  await scope.getByRole('button', { name: 'Выберите файл' }).last().click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByText('Загрузить новый', { exact: true }).click();
  await (
    await chooser
  ).setFiles({ name: posix.basename(path), mimeType: 'application/octet-stream', buffer: Buffer.from('E2E\n') });
  const choose = page.getByRole('button', { name: 'Выбрать помеченные' });
  await expect(choose).toBeEnabled();
  await choose.click();
  await expect(scope.getByText(path, { exact: true }).last()).toBeVisible();
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
