/**
 * The real Decap admin with the local backend, on a throwaway copy of the repository
 * (tests/support/cms-sandbox.ts): an editor publishes changes and the rebuilt site shows them;
 * an invalid ИНН is refused by the form, and the same value typed into the file by hand stops
 * the publish check with the file and field named; so is a negative tariff price. One admin
 * session for the whole file.
 * UPDATE_GUIDE_SCREENSHOTS=1 also refreshes the screenshots in docs/editor-guide/.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { expect, test, type Page } from '@playwright/test';
import { parse, stringify } from 'yaml';
import { fromRepoRoot } from '../../core/repo-paths.ts';
import { contentTypes } from '../../cms/content-types.ts';
import { SANDBOX_CONTENT_DATE, startCmsSandbox, type CmsSandbox } from '../support/cms-sandbox.ts';
import {
  PUBLISH_CASES,
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
const PRICE_LABEL =
  'Периоды → 6 → Цены по группам потребителей → Население, проживающее в городских населённых пунктах → Одноставочный тариф';

test.describe.configure({ mode: 'serial' });
test.setTimeout(300_000);

let sandbox: CmsSandbox;
let page: Page;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(300_000);
  sandbox = await startCmsSandbox(SITE_PORT, DECAP_PORT);
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
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

test('the admin has its own policy: the relaxations Decap needs, the local backend, nothing foreign', async () => {
  const csp = (await fetch(`${sandbox.site}/admin/`)).headers.get('content-security-policy') ?? '';
  expect(csp).toContain("script-src 'self' 'unsafe-eval';");
  expect(csp).toContain(`connect-src 'self' http://127.0.0.1:${String(DECAP_PORT)};`);
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

test(`an editor publishes ${PUBLISH_CASES.map((change) => change.name).join(', ')}; the rebuilt site shows each with a new update date`, async () => {
  const started = Date.now();
  for (const change of PUBLISH_CASES) {
    expect(await lastUpdated(change.page)).toBe(SANDBOX_CONTENT_DATE.getTime());
    const value = change.value('e2e');
    await openEntry(page, sandbox.site, change.entry);
    await fillField(page, change.field, value, change.item);
    await shoot(`edit-${change.entry.split('/')[0] ?? ''}`);
    await publishNow(page);
    await expect(page.getByText('Запись сохранена')).toBeVisible();
    await expect.poll(() => readFileSync(join(sandbox.root, change.file), 'utf8')).toContain(value);
  }
  // Saves during a rebuild are picked up by the next one: the edits are published together.
  for (const change of PUBLISH_CASES) {
    await waitForPublished(sandbox.site, change.page, change.shown ?? change.value('e2e'));
  }
  const dates = await Promise.all(
    PUBLISH_CASES.map(async (change) => ({
      page: change.page,
      updated: await lastUpdated(change.page),
      mtime: statSync(join(sandbox.root, change.file)).mtimeMs,
    })),
  );
  expect(dates.filter((date) => (date.updated ?? 0) < started - 1000)).toEqual([]);
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
});

test('a negative tariff price is refused by the form and, typed into the file, by the publish check', async () => {
  const file = join(sandbox.root, 'content/tariffs/tariffs.yaml');
  const before = readFileSync(file, 'utf8');
  const tariff = PUBLISH_CASES.find((change) => change.entry.startsWith('tariffs/'));
  assert(tariff);
  await openEntry(page, sandbox.site, tariff.entry);
  const price = await fieldInput(page, tariff.field, tariff.item);
  // Decap's own range check, under the field.
  await price.fill('-5.83');
  await publishNow(page);
  await expect(page.getByText('Значение поля Одноставочный тариф должно быть не менее 0.')).toBeVisible();
  await shoot('error-price');
  // Zero passes Decap's inclusive minimum; the save gate runs zod and names the field.
  await price.fill('0');
  await publishNow(page);
  await expect(page.getByText(`«${PRICE_LABEL}»: ${PRICE_MESSAGE}`)).toBeVisible();
  expect(readFileSync(file, 'utf8')).toBe(before);

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
});
