/**
 * Every day count a page states («30 дней», «3 рабочих дня», «не позднее следующего рабочего дня»)
 * is one that content/sla.yaml gives (issue 16 §2): built pages and the on-demand form pages.
 * The published text of the service standard is the source document and keeps its own numbers.
 */
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { forms } from '../../content/schemas/forms/index.ts';
import { loadTermsSla, slaPeriods } from '../../core/content/terms.ts';
import { fromRepoRoot } from '../../core/repo-paths.ts';
import { dayCounts } from '../support/day-counts.ts';

const STANDARD_TEXT = /^o-kompanii\/standart-kachestva\/tekst\//;
const given = new Set([...slaPeriods(loadTermsSla()).values()].map((period) => `${period.days} ${period.unit}`));

/** The text of <main>, tags removed. */
function mainText(html: string): string {
  const main = /<main\b[\s\S]*<\/main>/i.exec(html)?.[0] ?? html;
  return main
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|\s+/g, ' ');
}

function unknownCounts(where: string, html: string): string[] {
  return dayCounts(mainText(html))
    .filter((count) => !given.has(`${count.days} ${count.unit}`))
    .map((count) => `${where}: «${count.phrase}»`);
}

test('built pages state only deadlines that sla.yaml gives', () => {
  const client = fromRepoRoot('dist/client');
  const pages = readdirSync(client, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.html') && !file.startsWith('admin') && !STANDARD_TEXT.test(file));
  expect(pages.length).toBeGreaterThan(100);
  expect(pages.flatMap((file) => unknownCounts(file, readFileSync(join(client, file), 'utf8')))).toEqual([]);
});

test('the form pages state only deadlines that sla.yaml gives', async ({ request }) => {
  const found: string[] = [];
  for (const form of forms) {
    const response = await request.get(form.pagePath);
    expect(response.status(), form.pagePath).toBe(200);
    found.push(...unknownCounts(form.pagePath, await response.text()));
  }
  expect(found).toEqual([]);
});
