import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { readEntry } from '../../core/content/read-entry.ts';
import { FaqSchema } from '../../content/schemas/faq.ts';

const dir = new URL('../../content/faq/', import.meta.url);
const files = readdirSync(dir).filter((name) => name.endsWith('.md'));
const frontmatter = (name: string) => readEntry(fileURLToPath(new URL(name, dir)));

const valid = {
  question: 'Как передать показания?',
  slug: 'kak-peredat-pokazaniya',
  category: 'pokazaniya',
  audience: ['ФЛ'],
  updated: '2026-11-20',
};

test('the FAQ has at least 60 valid answers, each file named by its slug', () => {
  assert.ok(files.length >= 60, `${files.length} answers`);
  for (const name of files) {
    const entry = FaqSchema.parse(frontmatter(name));
    assert.equal(`${entry.slug}.md`, name);
  }
});

test('invalid frontmatter is rejected with a Russian message naming the fix', () => {
  const messages = (data: Record<string, unknown>) => {
    const result = FaqSchema.safeParse({ ...valid, ...data });
    return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  };
  assert.deepEqual(messages({ slug: 'Как-передать' }), [
    'slug: Адрес вопроса — латинские буквы, цифры и дефисы, например kak-peredat-pokazaniya',
  ]);
  assert.deepEqual(messages({ question: 'Как передать показания' }), [
    'question: Вопрос должен заканчиваться знаком «?»',
  ]);
  assert.deepEqual(messages({ audience: [] }), ['audience: Укажите, для кого ответ: ФЛ, ЮЛ или оба']);
  assert.deepEqual(messages({ audience: ['граждане'] }), [
    'audience.0: Аудитория — ФЛ (граждане) или ЮЛ (организации)',
  ]);
  assert.deepEqual(messages({ related: [{ title: 'Оплата', href: 'https://example.org/' }] }), [
    'related.0.href: Ссылка должна вести на страницу этого сайта и начинаться с «/», например /oplata/',
  ]);
  assert.match(messages({ category: 'prochee' })[0] ?? '', /^category: Выберите тему из списка: pokazaniya, oplata/);
});

test('«Как ещё спрашивают» is optional, and its messages name the field (search-phrases-schema.test.ts)', () => {
  assert.deepEqual(FaqSchema.parse(valid).searchPhrases, []);
  const result = FaqSchema.safeParse({ ...valid, searchPhrases: ['показания', 'Показания'] });
  assert.deepEqual(
    result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    ['searchPhrases.1: Формулировка «Показания» уже есть в списке'],
  );
});
