import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'yaml';
import { salesMarkupFileSchema } from '../../content/schemas/sales-markup.ts';

interface RawFile {
  periods: Array<Record<string, unknown> & { markups: Array<Record<string, unknown>> }>;
}
const demo = parse(
  readFileSync(new URL('../../content/tariffs/sales-markup.yaml', import.meta.url), 'utf8'),
) as RawFile;
const TODAY = '2026-11-23';

function messagesFor(file: RawFile, today = TODAY): string[] {
  const result = salesMarkupFileSchema(today).safeParse(file);
  if (result.success) assert.fail('expected the sales markup file to be rejected');
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

test('the demo sales markup is valid, names its decision and is marked as a sample', () => {
  const file = salesMarkupFileSchema(TODAY).parse(demo);
  assert.ok(file.periods.every((period) => period.sample && period.decision.number.length > 0));
});

test('a zero markup and an unknown group are rejected', () => {
  const file = structuredClone(demo);
  const oldest = file.periods[0] ?? assert.fail('demo has periods');
  oldest.markups = [
    { group: 'population', value: 0 },
    { group: 'households', value: 0.5 },
  ];
  assert.deepEqual(messagesFor(file), [
    'periods.0.markups.0.value: Сбытовая надбавка должна быть больше нуля, например 0.61234',
    'periods.0.markups.1.group: Укажите группу потребителей: population, gridCompanies, under670kW, from670kWTo10MW, over10MW',
  ]);
});

test('a group given twice in one period is rejected', () => {
  const file = structuredClone(demo);
  const oldest = file.periods[0] ?? assert.fail('demo has periods');
  oldest.markups = [
    { group: 'over10MW', value: 0.2 },
    { group: 'over10MW', value: 0.3 },
  ];
  assert.deepEqual(messagesFor(file), ['periods.0.markups: Каждая группа потребителей указывается один раз']);
});

test('a markup period without the regulator’s decision is rejected', () => {
  const file = structuredClone(demo);
  delete (file.periods[0] ?? assert.fail('demo has periods'))['decision'];
  assert.deepEqual(messagesFor(file), [
    'periods.0.decision: Укажите решение регулятора (decision): орган, вид, номер, дату и ссылку или файл',
  ]);
});

test('an expired markup period without a successor is rejected', () => {
  assert.deepEqual(messagesFor(structuredClone(demo), '2027-07-10'), [
    'periods.6.validTo: Период с 01.01.2027 по 30.06.2027 закончился, а цены с 01.07.2027 не внесены для всех цен этого периода. Добавьте следующий период по новому решению регулятора',
  ]);
});
