/**
 * The real Decap admin with the local backend, on a throwaway copy of the repository
 * (tests/support/cms-sandbox.ts): an editor publishes changes and the rebuilt site shows them;
 * an invalid ИНН is refused by the form, and the same value typed into the file by hand stops
 * the publish check with the file and field named; so is a negative tariff price. Every save is
 * a small diff of the original file that keeps its comments. One admin session for the whole file.
 * UPDATE_GUIDE_SCREENSHOTS=1 also refreshes the screenshots in docs/editor-guide/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { expect, test, type Page } from '@playwright/test';
import { parse, stringify } from 'yaml';
import { fromRepoRoot } from '../../core/repo-paths.ts';
import { contentTypes } from '../../cms/content-types.ts';
import { SANDBOX_CONTENT_DATE, startCmsSandbox, type CmsSandbox } from '../support/cms-sandbox.ts';
import { keepRequesting } from '../support/keep-requesting.ts';
import { commentLines, lineDiff } from '../support/line-diff.ts';
import { EDIT_MARK, scalarEdits, type ScalarEdit } from '../support/cms-scalar-edits.ts';
import { listAdditions, type ListAddition } from '../support/cms-list-additions.ts';
import { fieldsFor, jsonSchemaOf } from '../../cms/fields.ts';
import { localDate } from '../../core/dates.ts';
import { companyTimeZone } from '../../core/content/company.ts';
import {
  PUBLISH_CASES,
  addListItem,
  expandItem,
  itemBox,
  fieldBox,
  fieldInput,
  fillField,
  openEntry,
  publishNow,
  signIn,
  waitForPublished,
} from '../support/cms-editor.ts';

const E2E_PORT = Number(process.env['E2E_PORT'] ?? 4322);
/** Ports of the sandbox's site and decap-server, next to the suite's own port unless given. */
const SITE_PORT = Number(process.env['E2E_CMS_PORT'] ?? E2E_PORT + 10);
const DECAP_PORT = Number(process.env['E2E_DECAP_PORT'] ?? E2E_PORT + 3750);
const SCREENSHOTS = process.env['UPDATE_GUIDE_SCREENSHOTS'] === '1';
const INN_MESSAGE = 'ИНН должен состоять из 10 или 12 цифр с верной контрольной суммой, например 7000000003';
const PRICE_MESSAGE = 'Цена за кВт·ч должна быть больше нуля, например 5.42';
const KOPECK_MESSAGE = 'Цена указывается с точностью до копейки, например 5.42';
/** A diff a reviewer reads at a glance: the changed value's line, at most a few more. */
const FEW_LINES = 4;
const PRICE_LABEL =
  'Периоды → 6 → Цены по группам потребителей → Население, проживающее в городских населённых пунктах → Одноставочный тариф';

test.describe.configure({ mode: 'serial' });
// A full site build takes 30-100 s on a shared 2-core machine; a test may wait for two.
test.setTimeout(600_000);

let sandbox: CmsSandbox;
let page: Page;
/** Content-Security-Policy violations in the admin and its preview frame, as the page reports them. */
const violations: string[] = [];
const DATE_ORDER = 'Дата окончания (validTo) раньше даты начала (validFrom): проверьте даты периода';
const NO_FREE_PHONE = 'Нужен бесплатный номер 8-800: по Томскому стандарту (п. 1.2) он обязателен';

test.beforeAll(async ({ browser }) => {
  test.setTimeout(300_000);
  sandbox = await startCmsSandbox(SITE_PORT, DECAP_PORT);
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  // Every `securitypolicyviolation` event of the admin and its preview frame, on every navigation.
  await page.exposeFunction('reportCspViolation', (violation: string) => violations.push(violation));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (globalThis as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation;
      report(`${event.effectiveDirective} ${event.blockedURI} (${event.sourceFile}:${String(event.lineNumber)})`);
    });
  });
  await signIn(page, sandbox.site);
});

test.afterAll(async () => {
  // Stopping may wait for a rebuild to end.
  test.setTimeout(120_000);
  await page.close();
  await sandbox.stop();
});

async function shoot(name: string): Promise<void> {
  if (SCREENSHOTS) await page.screenshot({ path: fromRepoRoot(`docs/editor-guide/${name}.png`) });
}

/** The change of a saved file as a reviewer sees it in `git diff`, for the guide. */
async function shootDiff(name: string, path: string, before: string, after: string): Promise<void> {
  if (!SCREENSHOTS) return;
  const folder = mkdtempSync(join(tmpdir(), 'es-diff-'));
  writeFileSync(join(folder, 'before'), before);
  writeFileSync(join(folder, 'after'), after);
  const diff = spawnSync('git', ['diff', '--no-index', '--no-color', '-U2', 'before', 'after'], {
    cwd: folder,
    encoding: 'utf8',
  }).stdout;
  rmSync(folder, { recursive: true });
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const lines = diff
    .split('\n')
    .slice(4, -1)
    .map((line) => {
      const kind = line.startsWith('+')
        ? 'added'
        : line.startsWith('-')
          ? 'removed'
          : line.startsWith('@')
            ? 'hunk'
            : '';
      return `<div class="${kind}">${escape(line) || ' '}</div>`;
    });
  const browser = page.context().browser();
  assert(browser);
  const shot = await browser.newPage({ viewport: { width: 760, height: 400 } });
  await shot.setContent(
    `<style>body{margin:0;font:14px/1.5 monospace}h1{font:600 14px sans-serif;margin:0;padding:8px 12px;background:#f6f8fa;border-bottom:1px solid #d0d7de}` +
      `pre{margin:0;padding:4px 0}div{padding:0 12px;white-space:pre}.added{background:#dafbe1}.removed{background:#ffebe9}.hunk{color:#57606a;background:#ddf4ff}</style>` +
      `<figure style="margin:0;border:1px solid #d0d7de;display:inline-block;min-width:720px"><h1>${escape(path)}</h1><pre>${lines.join('')}</pre></figure>`,
  );
  await shot.locator('figure').screenshot({ path: fromRepoRoot(`docs/editor-guide/${name}.png`) });
  await shot.close();
}

test('the admin has its own policy: the relaxations Decap needs, the local backend, nothing foreign', async () => {
  const csp = (await fetch(`${sandbox.site}/admin/`)).headers.get('content-security-policy') ?? '';
  expect(csp).toContain("script-src 'self' 'unsafe-eval';");
  expect(csp).toContain(`connect-src 'self' blob: http://127.0.0.1:${String(DECAP_PORT)};`);
  expect(csp).toContain("frame-ancestors 'none'");
});

test('the admin lists every content type, in Russian', async () => {
  for (const type of contentTypes) {
    await page.goto(`${sandbox.site}/admin/#/collections/${type.name}`);
    await expect(page.getByRole('heading', { level: 1, name: type.label })).toBeVisible();
    await shoot(`collection-${type.name}`);
  }
});

/** The moment in «Дата обновления» of a served page, or null when it has none. */
async function lastUpdated(path: string): Promise<number | null> {
  const html = await (await fetch(`${sandbox.site}${path}`)).text();
  const date = /es-last-updated[^>]*>[^<]*<time datetime="([^"]+)"/.exec(html)?.[1];
  return date === undefined ? null : Date.parse(date);
}

test(`an editor publishes ${PUBLISH_CASES.map((change) => change.name).join(', ')}; the rebuilt site shows each with a new update date, and no request is refused meanwhile`, async () => {
  const started = Date.now();
  const traffic = keepRequesting(`${sandbox.site}/o-kompanii/`);
  for (const change of PUBLISH_CASES) {
    expect(await lastUpdated(change.page)).toBe(SANDBOX_CONTENT_DATE.getTime());
    const value = change.value('e2e');
    const file = join(sandbox.root, change.file);
    const before = readFileSync(file, 'utf8');
    await openEntry(page, sandbox.site, change.entry);
    await fillField(page, change.field, value, change.item);
    await shoot(`edit-${change.entry.split('/')[0] ?? ''}`);
    await publishNow(page);
    // The last message: those of earlier saves in the same admin page may still be showing.
    await expect(page.getByText('Запись сохранена').last()).toBeVisible();
    await expect.poll(() => readFileSync(file, 'utf8')).toContain(value);
    // A reviewable commit: the changed value's line, every comment and sample mark still there.
    const after = readFileSync(file, 'utf8');
    const diff = lineDiff(before, after);
    expect(diff.added.length + diff.removed.length, `${change.file}: ${JSON.stringify(diff)}`).toBeLessThanOrEqual(
      FEW_LINES,
    );
    expect(diff.added.join('\n')).toContain(value);
    expect(commentLines(after)).toEqual(commentLines(before));
    if (change.file.startsWith('content/tariffs/')) await shootDiff('diff-price', change.file, before, after);
    expect(after.split('sample').length).toBe(before.split('sample').length);
  }
  // Saves during a rebuild are picked up by the next one: the edits are published together.
  for (const change of PUBLISH_CASES) {
    await waitForPublished(sandbox.site, change.page, change.shown ?? change.value('e2e'), 300_000);
    // A build reads the files' dates when it starts: one that started just before a save shows the
    // edit with the old date, and the build that save started brings the new date.
    await expect
      .poll(async () => (await lastUpdated(change.page)) ?? 0, { timeout: 300_000, message: change.page })
      .toBeGreaterThanOrEqual(started - 1000);
  }
  // The site was swapped to the new build at least once while requests kept coming.
  const { sent, failed } = await traffic.stop();
  expect(failed).toEqual([]);
  expect(sent).toBeGreaterThan(50);
});

test('an editor replaces the sample ИНН by a real one and clears its mark; the auditor report stops listing it as a sample', async () => {
  const file = join(sandbox.root, 'content/company.yaml');
  const before = readFileSync(file, 'utf8');
  const status = async (id: string) => {
    const rows = (await (await fetch(`${sandbox.site}/disclosures.json`)).json()) as Array<{
      id: string;
      status: string;
    }>;
    return rows.find((row) => row.id === id)?.status;
  };
  expect(await status('A02')).toBe('sample');
  await openEntry(page, sandbox.site, 'company/entries/company');
  await fillField(page, 'ИНН', '7017000001');
  const marks = await fieldBox(page, ['Поля с примерными значениями']);
  await marks.getByRole('button', { name: 'Remove ИНН' }).click();
  await shoot('sample-mark');
  await publishNow(page);
  await expect(page.getByText('Запись сохранена').last()).toBeVisible();
  await expect.poll(() => readFileSync(file, 'utf8')).toContain("inn: '7017000001'");
  const after = readFileSync(file, 'utf8');
  const kept = (parse(before) as { sampleFields: string[] }).sampleFields.filter((field) => field !== 'inn');
  expect(lineDiff(before, after).added).toEqual(["inn: '7017000001'", `sampleFields: [${kept.join(', ')}]`]);
  expect(commentLines(after)).toEqual(commentLines(before));
  await expect.poll(() => status('A02'), { timeout: 300_000, intervals: [500] }).not.toBe('sample');
  // Put the sample back for the next test, by hand as a developer would.
  writeFileSync(file, before);
  await waitForPublished(sandbox.site, '/o-kompanii/', '7000000003', 300_000);
});

test('an ИНН with a bad checksum is refused by the form and, typed into the file, by the publish check', async () => {
  const file = join(sandbox.root, 'content/company.yaml');
  const before = readFileSync(file, 'utf8');
  await openEntry(page, sandbox.site, 'company/entries/company');
  await fillField(page, 'ИНН', '7000000004');
  await publishNow(page);
  await expect(page.getByText(INN_MESSAGE)).toBeVisible();
  await shoot('error-inn');
  expect(readFileSync(file, 'utf8')).toBe(before);

  writeFileSync(file, before.replace(/^inn: .*$/m, "inn: '7000000004'"));
  const check = spawnSync(process.execPath, ['cms/publish/check.ts'], { cwd: sandbox.root, encoding: 'utf8' });
  expect(check.status).toBe(1);
  expect(check.stderr).toContain(`content/company.yaml: inn («ИНН»): ${INN_MESSAGE}`);
  // The local rebuild fails too, naming the field, and the site keeps serving the last good version.
  const status = join(sandbox.root, 'var/cms/last-build.json');
  await expect
    .poll(() => JSON.parse(readFileSync(status, 'utf8')) as { ok: boolean; output: string }, { timeout: 120_000 })
    .toMatchObject({ ok: false, output: expect.stringContaining(INN_MESSAGE) });
  const footer = await (await fetch(`${sandbox.site}/o-kompanii/`)).text();
  expect(footer).toContain('7000000003');
  writeFileSync(file, before);
});

test("an editor adds a phone and removes it again: each save touches only that phone's lines", async () => {
  const file = join(sandbox.root, 'content/company.yaml');
  const original = readFileSync(file, 'utf8');
  await openEntry(page, sandbox.site, 'company/entries/company');
  const phones = await fieldBox(page, ['Телефоны']);
  // Decap's list header agrees with the number, and «Добавить» takes the accusative.
  await expect(phones.getByText('4 телефона', { exact: true })).toBeVisible();
  await phones.getByRole('button', { name: 'Добавить телефон' }).click();
  await expect(phones.getByText('5 телефонов', { exact: true })).toBeVisible();
  await phones
    .getByLabel(/^Подпись/)
    .last()
    .fill('Приёмная');
  await phones
    .getByLabel(/^Номер/)
    .last()
    .fill('(3822) 44-44-44');
  await shoot('list-add');
  await publishNow(page);
  await expect(page.getByText('Запись сохранена').last()).toBeVisible();
  await expect.poll(() => readFileSync(file, 'utf8')).toContain('(3822) 44-44-44');
  const withPhone = readFileSync(file, 'utf8');
  const addDiff = lineDiff(original, withPhone);
  expect(addDiff.removed).toEqual([]);
  expect(addDiff.added).toEqual(['  - label: Приёмная', '    number: (3822) 44-44-44']);
  await shootDiff('diff-list-add', 'content/company.yaml', original, withPhone);

  await openEntry(page, sandbox.site, 'company/entries/company');
  const item = await expandItem(page, 'Приёмная');
  // The item's top bar: the collapse toggle, the drag handle (a button to dnd-kit), «remove».
  await item.getByRole('button').nth(2).click();
  await publishNow(page);
  await expect(page.getByText('Запись сохранена').last()).toBeVisible();
  // Polled whole: the CMS server rewrites the file in place, and a read between its truncating
  // and writing it sees an empty file, which passed a «no such phone» check.
  await expect.poll(() => readFileSync(file, 'utf8')).toBe(original);
});

test('in every collection, one changed text is a diff of a line or two, a removed list item only its own lines and an added one only its new lines; every comment stays; the preview shows the edit', async () => {
  const today = localDate(new Date(), companyTimeZone());
  const edits = scalarEdits(today);
  // Every collection but three: price limits (files and months), synonyms and form routing
  // (lists of plain values) have no free text; tests/unit/yaml-patch.test.ts covers their files.
  expect(edits.map((edit) => edit.collection).sort()).toEqual(
    contentTypes
      .map((type) => type.name)
      .filter((name) => !['priceLimits', 'synonyms', 'formRouting'].includes(name))
      .sort(),
  );
  const additions = listAdditions(today, edits);
  // Every collection with a list, those whose items need a file uploaded in the media library too.
  expect(additions.map((addition) => addition.collection).sort()).toEqual(
    contentTypes
      .filter((type) => fieldsFor(jsonSchemaOf(type.schema)).some((field) => field.widget === 'list'))
      .map((type) => type.name)
      .sort(),
  );
  expect(additions.filter((addition) => addition.uploads.length > 0).map((addition) => addition.collection)).toEqual([
    'priceLimits',
    'documents',
  ]);
  for (const type of contentTypes) {
    const edit = edits.find((candidate) => candidate.collection === type.name);
    const addition = additions.find((candidate) => candidate.collection === type.name);
    const where = edit ?? addition;
    if (!where) continue;
    const file = join(sandbox.root, where.file);
    const before = readFileSync(file, 'utf8');
    await openEntry(page, sandbox.site, where.entry);
    // One form, two saves: the edit and removal, then the added item.
    const saved = edit ? await saveEdit(edit, file, before) : before;
    if (addition) {
      await saveAddition(addition, file, saved, addition.item === edit?.item);
      // An item with an uploaded file is removed again: the file is back to what it was. The
      // upload stays (nothing links to it), as a build started by the addition may still read it.
      if (addition.uploads.length > 0) await removeAddition(addition, file, saved);
    }
    // Back as it was, by hand, for the tests that follow.
    writeFileSync(file, before);
  }
});

/** Saves one changed text and, in the same save, the removal of the last item of a list; returns the saved text. */
async function saveEdit(edit: ScalarEdit, file: string, before: string): Promise<string> {
  await fillField(page, edit.labels, edit.value, edit.item);
  const preview = contentTypes.find((type) => type.name === edit.collection)?.preview;
  // The tariffs preview shows a decision's number, not its body; its edited period is checked below.
  if (preview !== undefined && preview !== 'tariffs') {
    await expect.soft(page.frameLocator('#preview-pane').locator('body'), edit.collection).toContainText(edit.value);
  }
  const { removal } = edit;
  if (removal) {
    const list = await fieldBox(page, [removal.label]);
    const item = list.getByText(removal.summary, { exact: true }).first().locator('xpath=..');
    // The item's top bar: the collapse toggle, the drag handle (a button to dnd-kit), «remove».
    await item.getByRole('button').nth(2).click();
    await expect(list.getByText(removal.summary, { exact: true })).toHaveCount(0);
  }
  await publishNow(page);
  await expect(page.getByText('Запись сохранена').last()).toBeVisible();
  await expect.poll(() => readFileSync(file, 'utf8'), { message: edit.collection }).toContain(EDIT_MARK.trim());
  const after = readFileSync(file, 'utf8');
  const diff = lineDiff(before, after);
  // The edited line, and the removed item as one block of the file (which may hold the same line).
  const itemLines = [...diff.removed];
  for (const line of diff.added) {
    const at = itemLines.indexOf(line.replace(EDIT_MARK, ''));
    if (at !== -1) itemLines.splice(at, 1);
  }
  expect
    .soft(diff.added.length + diff.removed.length - itemLines.length, `${edit.file}: ${JSON.stringify(diff)}`)
    .toBeLessThanOrEqual(FEW_LINES);
  if (removal) {
    expect.soft(before, `${edit.file}: ${JSON.stringify(diff)}`).toContain(`${itemLines.join('\n')}\n`);
    const items = (data: string) => (parse(data) as Record<string, unknown[]>)[removal.name] ?? [];
    expect.soft(items(after).length, edit.file).toBe(items(before).length - 1);
  } else {
    expect.soft(itemLines, edit.file).toEqual([]);
  }
  expect.soft(commentLines(after), edit.file).toEqual(commentLines(before));
  return after;
}

/** Adds an item to a list, filling in what the entry requires, and saves; only its lines are new. */
async function saveAddition(addition: ListAddition, file: string, before: string, expanded: boolean): Promise<void> {
  const dataOf = (text: string) =>
    parse(addition.file.endsWith('.md') ? (/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') : text) as unknown;
  // None while the file is half-written.
  const itemsIn = (data: unknown) =>
    (addition.path.reduce<unknown>((node, key) => (node as Record<string | number, unknown> | null)?.[key], data) ??
      []) as unknown[];
  const expected = dataOf(before);
  const count = itemsIn(expected).length;
  itemsIn(expected).push(addition.value);
  // An item the edit before opened stays open.
  const item = addition.item !== undefined && expanded ? itemBox(page, addition.item) : addition.item;
  const list = await fieldBox(page, addition.labels, item);
  await addListItem(page, list, addition.list, count, addition.value);
  await publishNow(page);
  await expect
    .poll(() => itemsIn(dataOf(readFileSync(file, 'utf8'))).length, { message: addition.collection })
    .toBe(count + 1);
  const after = readFileSync(file, 'utf8');
  const diff = lineDiff(before, after);
  const where = `${addition.file}: ${JSON.stringify(diff)}`;
  expect.soft(dataOf(after), where).toEqual(expected);
  // A block list gains the item's lines and loses none; a flow list `[a, b]` is one line, which grows.
  const [removed, added] = [diff.removed[0] ?? '', diff.added[0] ?? ''];
  const flowGrown =
    diff.removed.length === 1 &&
    diff.added.length === 1 &&
    added.startsWith(removed.slice(0, removed.lastIndexOf(']')));
  expect.soft(diff.removed.length === 0 || flowGrown, where).toBe(true);
  expect.soft(commentLines(after), addition.file).toEqual(commentLines(before));
  // decap-server writes the entry's files first and its uploads after them, so an upload may land a moment later.
  for (const upload of addition.uploads)
    await expect.soft.poll(() => existsSync(join(sandbox.root, 'site/public', upload)), { message: upload }).toBe(true);
}

/** Opens the entry again, removes the item `addition` added and saves: the file is `before` again. */
async function removeAddition(addition: ListAddition, file: string, before: string): Promise<void> {
  await openEntry(page, sandbox.site, addition.entry);
  const list = await fieldBox(page, addition.labels, addition.item);
  const summaryField = /\{\{fields\.(\w+)\}\}/.exec(addition.list.summary ?? '')?.[1] ?? '';
  const summary = String((addition.value as Record<string, unknown>)[summaryField]);
  const item = list.getByText(summary, { exact: true }).locator('xpath=..');
  // The item's top bar: the collapse toggle, the drag handle (a button to dnd-kit), «remove».
  await item.getByRole('button').nth(2).click();
  await expect(list.getByText(summary, { exact: true })).toHaveCount(0);
  await publishNow(page);
  await expect(page.getByText('Запись сохранена').last()).toBeVisible();
  await expect.poll(() => readFileSync(file, 'utf8'), { message: addition.collection }).toBe(before);
}

test('a tariff price out of bounds is refused at its field in Russian; the preview shows the period being edited', async () => {
  const file = join(sandbox.root, 'content/tariffs/tariffs.yaml');
  const before = readFileSync(file, 'utf8');
  const tariff = PUBLISH_CASES.find((change) => change.entry.startsWith('tariffs/'));
  assert(tariff);
  await openEntry(page, sandbox.site, tariff.entry);
  const price = await fieldInput(page, tariff.field, tariff.item);
  const box = price.locator('xpath=ancestor::*[contains(@aria-label, " field")][1]');
  for (const [value, message] of [
    ['-5.83', PRICE_MESSAGE],
    ['0', PRICE_MESSAGE],
    ['5.456', KOPECK_MESSAGE],
  ] as const) {
    await price.fill(value);
    await publishNow(page);
    // Under the field, and it stays there (no toast that disappears).
    await expect(box.getByText(message)).toBeVisible();
    await expect(page.getByText('не менее 0')).toHaveCount(0);
  }
  await shoot('error-price');
  expect(readFileSync(file, 'utf8')).toBe(before);
  // The period being edited (from 2026-07-01) is on top of the preview, not the newest (2027).
  const preview = page.frameLocator('#preview-pane').locator('main section').first();
  await expect(preview).toContainText('2026');
  await expect(preview).not.toContainText('2027');
  if (SCREENSHOTS) {
    await page
      .locator('#preview-pane')
      .screenshot({ path: fromRepoRoot('docs/editor-guide/preview-edited-period.png') });
  }

  const data = parse(before) as { periods: Array<{ groups: { urban: { single: number } } }> };
  const current = data.periods[5];
  assert(current);
  current.groups.urban.single = -5.83;
  writeFileSync(file, stringify(data));
  const check = spawnSync(process.execPath, ['cms/publish/check.ts'], { cwd: sandbox.root, encoding: 'utf8' });
  expect(check.status).toBe(1);
  expect(check.stderr).toContain(
    `content/tariffs/tariffs.yaml: periods.5.groups.urban.single («${PRICE_LABEL}»): ${PRICE_MESSAGE}`,
  );
  writeFileSync(file, before);
});

test('rules across fields are shown under the field zod names: a period that ends before it starts, a profile without an 8-800 phone', async () => {
  const tariffsFile = join(sandbox.root, 'content/tariffs/tariffs.yaml');
  const tariffsBefore = readFileSync(tariffsFile, 'utf8');
  await openEntry(page, sandbox.site, 'tariffs/entries/tariffs');
  const validTo = await fieldInput(page, ['Действует по'], '2026-07-01');
  const validToBox = validTo.locator('xpath=ancestor::*[contains(@aria-label, " field")][1]');
  await validTo.fill('2026-06-30');
  await publishNow(page);
  await expect(validToBox.getByText(DATE_ORDER)).toBeVisible();
  // At the field, and nowhere else: not in the panel of problems no field owns.
  await expect(page.getByText(DATE_ORDER)).toHaveCount(1);
  await expect(page.getByRole('alert', { name: 'Запись не сохранена' })).toHaveCount(0);
  await shoot('error-period-dates');
  expect(readFileSync(tariffsFile, 'utf8')).toBe(tariffsBefore);
  // Editing and previewing tariffs (this test and the one before) broke no rule of the admin's CSP.
  expect(violations).toEqual([]);

  const companyFile = join(sandbox.root, 'content/company.yaml');
  const companyBefore = readFileSync(companyFile, 'utf8');
  await openEntry(page, sandbox.site, 'company/entries/company');
  await fillField(page, ['Номер'], '(3822) 22-49-02', 'Контакт-центр, звонок по России бесплатный');
  await publishNow(page);
  const phones = await fieldBox(page, ['Телефоны']);
  await expect(phones.getByText(NO_FREE_PHONE)).toBeVisible();
  await expect(page.getByRole('alert', { name: 'Запись не сохранена' })).toHaveCount(0);
  expect(readFileSync(companyFile, 'utf8')).toBe(companyBefore);
  expect(violations).toEqual([]);
});
