/** The content pages' frontmatter (content/schemas/page.ts), «Как ещё спрашивают» in particular. */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'yaml';
import { PageSchema } from '../../content/schemas/page.ts';

const dir = new URL('../../content/pages/', import.meta.url);
const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.md'));
const frontmatter = (name: string) => parse(readFileSync(new URL(name, dir), 'utf8').split('---')[1] ?? '') as unknown;

const valid = { title: 'Оплата электроэнергии', description: 'Способы оплаты электроэнергии и сроки оплаты.' };

test('every content page is valid and carries 3 to 6 phrasings for the search', () => {
  assert.ok(files.length >= 20, `${files.length} pages`);
  for (const name of files) {
    const { searchPhrases } = PageSchema.parse(frontmatter(name));
    assert.ok(searchPhrases.length >= 3 && searchPhrases.length <= 6, `${name}: ${searchPhrases.length} phrasings`);
  }
});

test('«Как ещё спрашивают» of a page is optional and each phrasing must be non-empty, short and said once', () => {
  assert.deepEqual(PageSchema.parse(valid).searchPhrases, []);
  assert.deepEqual(PageSchema.parse({ ...valid, searchPhrases: [' как оплатить свет ', 'юрлица'] }).searchPhrases, [
    'как оплатить свет',
    'юрлица',
  ]);
  const messages = (searchPhrases: unknown) => {
    const result = PageSchema.safeParse({ ...valid, searchPhrases });
    return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  };
  assert.deepEqual(messages(['ИП']), ['searchPhrases.0: Формулировка не короче 3 знаков']);
  assert.deepEqual(messages(['оплата '.repeat(18)]), ['searchPhrases.0: Формулировка не длиннее 120 знаков']);
  assert.deepEqual(messages(['Оплата без комиссии', 'оплата без  комиссии']), [
    'searchPhrases.1: Формулировка «оплата без  комиссии» уже есть в списке',
  ]);
});
