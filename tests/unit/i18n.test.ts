import assert from 'node:assert/strict';
import { test } from 'node:test';
import { plural } from '../../core/i18n/strings.ts';

const forms = { one: 'вопрос', few: 'вопроса', many: 'вопросов' };

test('Russian plurals use the one / few / many forms', () => {
  assert.deepEqual(
    [1, 2, 5, 11, 21, 22, 25, 111].map((n) => plural(n, forms)),
    ['1 вопрос', '2 вопроса', '5 вопросов', '11 вопросов', '21 вопрос', '22 вопроса', '25 вопросов', '111 вопросов'],
  );
});
