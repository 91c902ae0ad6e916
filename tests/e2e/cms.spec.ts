/**
 * The real Decap admin with the local backend, on a throwaway copy of the repository
 * (tests/support/cms-sandbox.ts): an editor publishes changes and the rebuilt site shows them;
 * an invalid ИНН is refused by the form, and the same value typed into the file by hand stops
 * the publish check with the file and field named. One admin session for the whole file.
 * UPDATE_GUIDE_SCREENSHOTS=1 also refreshes the screenshots in docs/editor-guide/.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { fromRepoRoot } from '../../forms-api/src/config/paths.ts';
import { contentTypes } from '../../cms/content-types.ts';
import { startCmsSandbox, type CmsSandbox } from '../support/cms-sandbox.ts';
import { PUBLISH_CASES, fillField, openEntry, publishNow, signIn, waitForPublished } from '../support/cms-editor.ts';

const E2E_PORT = Number(process.env['E2E_PORT'] ?? 4322);
/** Ports of the sandbox's site and decap-server, next to the suite's own port unless given. */
const SITE_PORT = Number(process.env['E2E_CMS_PORT'] ?? E2E_PORT + 10);
const DECAP_PORT = Number(process.env['E2E_DECAP_PORT'] ?? E2E_PORT + 3750);
const SCREENSHOTS = process.env['UPDATE_GUIDE_SCREENSHOTS'] === '1';
const INN_MESSAGE = 'ИНН должен состоять из 10 или 12 цифр с верной контрольной суммой, например 7000000003';

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

for (const change of PUBLISH_CASES) {
  test(`an editor publishes ${change.name} and the rebuilt site shows it`, async () => {
    const value = change.value('e2e');
    await openEntry(page, sandbox.site, change.entry);
    await fillField(page, change.field, value);
    await shoot(`edit-${change.entry.split('/')[0] ?? ''}`);
    await publishNow(page);
    await expect(page.getByText('Запись сохранена')).toBeVisible();
    await expect.poll(() => readFileSync(join(sandbox.root, change.file), 'utf8')).toContain(value);
    await waitForPublished(sandbox.site, change.page, value);
  });
}

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
