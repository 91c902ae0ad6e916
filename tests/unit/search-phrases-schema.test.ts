/** «Как ещё спрашивают» (content/schemas/search-phrases.ts): one schema for FAQ answers, content pages and forms. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SearchPhrasesSchema } from '../../content/schemas/search-phrases.ts';

const messages = (phrases: unknown) => {
  const result = SearchPhrasesSchema.safeParse(phrases);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

test('each phrasing is trimmed and must be non-empty, short and said once («ё», case and spaces aside)', () => {
  assert.deepEqual(SearchPhrasesSchema.parse([' куда сдать показания ', 'юрлица']), ['куда сдать показания', 'юрлица']);
  assert.deepEqual(messages(['  ']), ['0: Формулировка не короче 3 знаков']);
  assert.deepEqual(messages(['ИП']), ['0: Формулировка не короче 3 знаков']);
  assert.deepEqual(messages(['показания '.repeat(13)]), ['0: Формулировка не длиннее 120 знаков']);
  assert.deepEqual(messages(['куда сдать показания', 'Куда  сдать показания']), [
    '1: Формулировка «Куда  сдать показания» уже есть в списке',
  ]);
  assert.deepEqual(messages(['передать показания счётчика', 'передать показания счетчика']), [
    '1: Формулировка «передать показания счетчика» уже есть в списке',
  ]);
});
