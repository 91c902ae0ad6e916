/** The content pages' frontmatter (content/schemas/page.ts), «Как ещё спрашивают» in particular. */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { readEntry } from '../../core/content/read-entry.ts';
import { PageSchema } from '../../content/schemas/page.ts';

const dir = new URL('../../content/pages/', import.meta.url);
const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.md'));
const frontmatter = (name: string) => readEntry(fileURLToPath(new URL(name, dir)));

const valid = { title: 'Оплата электроэнергии', description: 'Способы оплаты электроэнергии и сроки оплаты.' };

test('every content page is valid and carries 3 to 6 phrasings for the search', () => {
  assert.ok(files.length >= 20, `${files.length} pages`);
  for (const name of files) {
    const { searchPhrases } = PageSchema.parse(frontmatter(name));
    assert.ok(searchPhrases.length >= 3 && searchPhrases.length <= 6, `${name}: ${searchPhrases.length} phrasings`);
  }
});

test('«Как ещё спрашивают» of a page is optional, and its messages name the field (search-phrases-schema.test.ts)', () => {
  assert.deepEqual(PageSchema.parse(valid).searchPhrases, []);
  const result = PageSchema.safeParse({ ...valid, searchPhrases: ['ИП'] });
  assert.deepEqual(
    result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    ['searchPhrases.0: Формулировка не короче 3 знаков'],
  );
});
