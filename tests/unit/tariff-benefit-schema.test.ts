/** The benefits shown next to the population tariffs (C01): every rule names its field in Russian. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'yaml';
import { TariffBenefitsFileSchema } from '../../content/schemas/tariff-benefit.ts';

interface RawFile {
  benefits: Array<Record<string, unknown>>;
}
const demo = parse(readFileSync(new URL('../../content/tariffs/benefits.yaml', import.meta.url), 'utf8')) as RawFile;

function messagesFor(file: RawFile): string[] {
  const result = TariffBenefitsFileSchema.safeParse(file);
  if (result.success) assert.fail('expected the benefits file to be rejected');
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

test('the benefits say who is entitled and how to apply, and invent no figures', () => {
  const { benefits } = TariffBenefitsFileSchema.parse(demo);
  assert.ok(benefits.length >= 3);
  for (const benefit of benefits) {
    // General explanations only: a number would be a fact the seeds do not give (act numbers aside).
    assert.doesNotMatch(`${benefit.summary} ${benefit.who} ${benefit.how}`, /\d/, benefit.id);
  }
});

test('a benefit without its conditions or with a Cyrillic id is rejected, naming the field', () => {
  const file = structuredClone(demo);
  const first = file.benefits[0] ?? assert.fail('demo has benefits');
  first['id'] = 'льготы';
  first['who'] = '  ';
  delete first['how'];
  assert.deepEqual(messagesFor(file), [
    'benefits.0.id: Идентификатор — латиница в нижнем регистре и дефисы, например cok-lenina',
    'benefits.0.who: Укажите, кому положена льгота (не короче 20 знаков)',
    'benefits.0.how: Опишите порядок применения льготы: что сделать и куда обратиться (не короче 30 знаков)',
  ]);
});

test('an empty list and a repeated id are rejected', () => {
  assert.deepEqual(messagesFor({ benefits: [] }), ['benefits: Опишите хотя бы одну льготу или порядок её получения']);
  const twice = structuredClone(demo);
  twice.benefits.push(structuredClone(twice.benefits[0] ?? assert.fail('demo has benefits')));
  assert.deepEqual(messagesFor(twice), ['benefits: Идентификаторы льгот повторяются']);
});
