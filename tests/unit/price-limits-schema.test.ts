import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'yaml';
import { PriceLimitsFileSchema } from '../../content/schemas/price-limits.ts';

interface RawFile {
  months: Array<Record<string, unknown> & { files: Array<Record<string, unknown>> }>;
}
const demo = parse(
  readFileSync(new URL('../../content/tariffs/price-limits.yaml', import.meta.url), 'utf8'),
) as RawFile;

function messagesFor(file: RawFile): string[] {
  const result = PriceLimitsFileSchema.safeParse(file);
  if (result.success) assert.fail('expected the price limits file to be rejected');
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const firstMonth = (file: RawFile) => file.months[0] ?? assert.fail('demo has months');

test('the demo months are valid, sample-marked, and every file they name exists', () => {
  const file = PriceLimitsFileSchema.parse(demo);
  assert.ok(file.months.every((month) => month.sample));
  for (const month of file.months) {
    for (const { file: path } of month.files) {
      assert.ok(existsSync(new URL(`../../site/public${path}`, import.meta.url)), `${path} is missing`);
    }
  }
});

test('a month whose files do not cover all six price categories is rejected, listing the missing ones', () => {
  const file = structuredClone(demo);
  const month = firstMonth(file);
  month.files = [{ ...month.files[0], categories: [1, 2, 3, 6] }];
  assert.deepEqual(messagesFor(file), [
    'months.0.files: Нет файлов для ценовых категорий: 4, 5. Предельные уровни публикуются по всем шести категориям',
  ]);
});

test('a bad month, a file outside /files/, a file without a description and a category 7 are each named', () => {
  const file = structuredClone(demo);
  const month = firstMonth(file);
  month.period = '2026-5';
  month.files = [
    {
      title: 'Предельные уровни за май',
      file: 'C:\\Мои документы\\май.xlsx',
      description: 'Таблица по шести категориям',
      categories: [1, 2, 3, 4, 5, 6],
    },
    {
      title: 'Предельные уровни за май (PDF)',
      file: '/files/predelnye-urovni/2026-05.pdf',
      description: 'PDF',
      categories: [7],
    },
  ];
  assert.deepEqual(messagesFor(file), [
    'months.0.period: Укажите расчётный месяц в формате ГГГГ-ММ, например 2026-10',
    'months.0.files.0.file: Укажите путь к файлу в папке /files/ латиницей, с расширением, например /files/tarify/prikaz-2026.pdf',
    'months.0.files.1.description: Опишите содержание файла одним-двумя предложениями (не короче 20 знаков)',
    'months.0.files.1.categories.0: Ценовая категория — число от 1 до 6',
  ]);
});

test('values published before the month ended, and a month listed twice, are rejected', () => {
  const file = structuredClone(demo);
  firstMonth(file).publishedAt = '2026-05-31';
  file.months.push(structuredClone(file.months.at(-1) ?? assert.fail('demo has months')));
  assert.deepEqual(messagesFor(file), [
    'months.0.publishedAt: Дата публикации (publishedAt) должна быть позже расчётного месяца: уровни считают по его итогам',
    'months.8.period: Месяц 2026-12 уже есть в списке: объедините файлы в одну запись',
  ]);
});

test('a malformed month is named at its field, not a crash of the publish check', () => {
  const file = structuredClone(demo);
  firstMonth(file).period = 'E2E 2026-10';
  assert.deepEqual(messagesFor(file), ['months.0.period: Укажите расчётный месяц в формате ГГГГ-ММ, например 2026-10']);
});
