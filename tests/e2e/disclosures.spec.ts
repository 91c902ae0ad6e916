/** The auditor's report: every registry item resolves to a live page and anchor, in HTML, JSON and CSV. */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { DisclosuresFileSchema } from '../../content/schemas/disclosure.ts';
import { fromRepoRoot } from '../../core/repo-paths.ts';
import { disclosurePlaces, placeUrl } from '../../site/lib/disclosures/evaluate.ts';
import { sectionProblem } from '../../site/lib/disclosures/sections.ts';
import type { PublishedRow } from '../../site/lib/disclosures/exports.ts';
import { contentChecks, type BuiltSite, type PlaceCheck } from '../../site/lib/disclosures/targets.ts';

interface ReportRow extends PublishedRow {
  /** What was checked on the page; ok null: an on-demand page, checked below on the running server. */
  checks: PlaceCheck[];
}

// The built report and the registry it comes from decide which URLs to visit, so the test follows
// the registry as it grows.
const rows = JSON.parse(readFileSync(fromRepoRoot('dist/client/disclosures.json'), 'utf8')) as ReportRow[];
const { disclosures } = DisclosuresFileSchema.parse(
  parse(readFileSync(fromRepoRoot('content/disclosures.yaml'), 'utf8')),
);

test('the report covers the whole checklist with a known status and a link or a reason', () => {
  expect(rows.length).toBeGreaterThanOrEqual(69);
  expect(rows.map((row) => row.id).sort()).toEqual(disclosures.map((item) => item.id).sort());
  for (const row of rows) {
    expect(['ok', 'stale', 'sample', 'missing', 'not-applicable']).toContain(row.status);
    const item = disclosures.find((entry) => entry.id === row.id);
    const [target] = item ? disclosurePlaces(item) : [];
    expect(row.url).toBe(target ? placeUrl(target) : null);
    // «OK» only with what the page must contain checked; «не применяется» only with its legal basis.
    if (row.status === 'not-applicable') {
      expect(row.checks).toEqual([]);
      expect(row.note, row.id).toContain('Основание:');
    } else expect(row.checks.length, row.id).toBeGreaterThan(0);
    if (row.status === 'ok' || row.status === 'sample') {
      expect(
        row.checks.filter((check) => check.ok === false),
        row.id,
      ).toEqual([]);
    }
  }
});

test('every item not applicable shows its legal basis on the report page', async ({ page }) => {
  await page.goto('/raskrytie-informacii/');
  for (const row of rows.filter((item) => item.status === 'not-applicable')) {
    await expect(page.locator(`#punkt-${row.id.toLowerCase()}`)).toContainText('Основание:');
  }
});

// The build checks prerendered pages; on-demand pages (the Интернет-приёмная forms, the outage
// notices) exist only on the running server, so this is where their sections are checked — with
// the same content checks, including the «пример» mark of an item showing sample values.
for (const item of disclosures) {
  const places = disclosurePlaces(item);
  if (places.length === 0) continue;
  test(`${item.id} answers on its pages with what they must contain`, async ({ request }) => {
    const pages = new Map<string, string>();
    for (const place of places) {
      const response = await request.get(place.path);
      expect(response.status(), place.path).toBe(200);
      if (!place.path.endsWith('/')) continue;
      const html = await response.text();
      expect(sectionProblem(html, place.anchor), placeUrl(place)).toBeNull();
      pages.set(place.path, html);
    }
    const served: BuiltSite = { page: (path) => pages.get(path) ?? null, hasFile: () => true, isOnDemand: () => false };
    const sample = rows.find((row) => row.id === item.id)?.status === 'sample';
    expect(contentChecks(item, served, sample).filter((check) => check.ok !== true)).toEqual([]);
  });
}

test('the public page lists every item with its status in Russian, and the CSV has the same items', async ({
  page,
  request,
}) => {
  await page.goto('/raskrytie-informacii/');
  const items = page.getByTestId('disclosures').locator(':scope > li');
  await expect(items).toHaveCount(rows.length);
  await expect(page.locator('#punkt-a02 [data-role="status"]')).toHaveText('пример');
  await expect(page.locator('#punkt-b03 [data-role="status"]')).toHaveText('не применяется');
  await expect(page.locator('#punkt-e01 [data-role="status"]')).toHaveText('OK');
  await expect(page.locator('#punkt-e01').getByRole('link')).toHaveAttribute('href', '/oplata/#sroki');

  const csv = await request.get('/disclosures.csv');
  expect(csv.headers()['content-type']).toContain('text/csv');
  const body = await csv.body();
  // A byte order mark first, so spreadsheet programs read the Cyrillic text as UTF-8.
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = body.subarray(3).toString('utf8').trim().split('\r\n');
  expect(lines[0]).toBe('id,title,basis,status,url,updatedAt,note');
  expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(rows.map((row) => row.id));
});

test('content pages show «Дата обновления» from the history of their files', async ({ page }) => {
  await page.goto('/oplata/');
  const updated = page.locator('.es-last-updated time');
  await expect(page.locator('.es-last-updated')).toContainText('Дата обновления:');
  expect(await updated.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  await expect(updated).toHaveText(/^\d{1,2} [а-я]+ \d{4} г\.$/);
});

test('documents show their format and size, and every file downloads', async ({ page, request }) => {
  await page.goto('/dokumenty/');
  const blank = page.locator('#doc-blank-zhaloby');
  await expect(blank).toContainText(/\(PDF, [\d,]+ КБ\)/);
  await expect(blank.getByRole('link', { name: 'Версия на сайте' })).toHaveAttribute(
    'href',
    '/dokumenty/blank-zhaloby/',
  );
  for (const href of await page
    .locator('.es-documents a[href^="/files/"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))) {
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
    expect(response.headers()['content-type'], href).toContain('application/pdf');
  }
});

test('the news feed is valid RSS with the news items', async ({ request }) => {
  const response = await request.get('/novosti/rss.xml');
  expect(response.headers()['content-type']).toBe('application/rss+xml; charset=utf-8');
  const xml = await response.text();
  expect(xml).toContain('<rss version="2.0">');
  expect(xml).toContain('<title>Открылся новый сайт компании</title>');
});
