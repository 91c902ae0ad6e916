import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'yaml';
import { formatIssues } from '../../content/schemas/friendly-errors.ts';
import { tariffsFileSchema } from '../../content/schemas/tariff.ts';

interface RawFile {
  periods: Array<Record<string, unknown> & { groups: Record<string, Record<string, unknown>> }>;
}
const demo = parse(readFileSync(new URL('../../content/tariffs/tariffs.yaml', import.meta.url), 'utf8')) as RawFile;
/** A day inside the demo period in force (1 July – 31 December 2026); the next one is already known. */
const TODAY = '2026-11-23';

/** A deep copy of the demo file to break. */
const copy = (): RawFile => structuredClone(demo);

function messagesFor(file: RawFile, today = TODAY): string[] {
  const result = tariffsFileSchema(today).safeParse(file);
  if (result.success) assert.fail('expected the tariffs file to be rejected');
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const first = (file: RawFile) => file.periods[0] ?? assert.fail('demo has periods');
const last = (file: RawFile) => file.periods.at(-1) ?? assert.fail('demo has periods');
const inForce = (file: RawFile) =>
  file.periods.find((period) => period['validFrom'] === '2026-07-01') ?? assert.fail('demo has 2026 H2');

test('the demo tariffs are valid, current and all marked as samples', () => {
  const file = tariffsFileSchema(TODAY).parse(demo);
  assert.ok(file.periods.some((period) => period.validFrom <= TODAY && TODAY <= period.validTo));
  assert.ok(file.periods.every((period) => period.sample));
});

test('a negative and a zero price are rejected, naming the field', () => {
  const file = copy();
  const urban = first(file).groups['urban'] ?? assert.fail('demo has urban');
  urban['single'] = -4;
  urban['twoZone'] = { day: 0, night: 2.2 };
  assert.deepEqual(messagesFor(file), [
    'periods.0.groups.urban.single: Цена за кВт·ч должна быть больше нуля, например 5.42',
    'periods.0.groups.urban.twoZone.day: Цена за кВт·ч должна быть больше нуля, например 5.42',
  ]);
});

test('a price with fractions of a kopeck or written as text is rejected', () => {
  const file = copy();
  const rural = first(file).groups['rural'] ?? assert.fail('demo has rural');
  rural['single'] = 2.805;
  rural['threeZone'] = { peak: '3,92', semiPeak: 2.8, night: 1.54 };
  assert.deepEqual(messagesFor(file), [
    'periods.0.groups.rural.single: Цена указывается с точностью до копейки, например 5.42',
    'periods.0.groups.rural.threeZone.peak: Укажите цену числом в рублях за кВт·ч, например 5.42',
  ]);
});

test('overlapping periods for the same group and zone are rejected with both periods named', () => {
  const file = copy();
  file.periods.push({ ...structuredClone(last(file)), validFrom: '2027-06-01', validTo: '2027-12-31' });
  assert.deepEqual(messagesFor(file), [
    'periods.7.validFrom: Период с 01.06.2027 по 31.12.2027 пересекается с периодом с 01.01.2027 по 30.06.2027 (запись 7) для всех цен этого периода. В один день действует одна цена: исправьте даты',
  ]);
});

test('periods that overlap only in groups they do not share are accepted', () => {
  const file = copy();
  const rural = structuredClone(last(file).groups['rural'] ?? assert.fail('demo has rural'));
  for (const period of file.periods) delete period.groups['rural'];
  file.periods.push({ ...structuredClone(last(file)), groups: { rural } });
  assert.equal(tariffsFileSchema(TODAY).safeParse(file).success, true);
});

test('a period that has ended without a successor is rejected, naming what is missing', () => {
  assert.deepEqual(messagesFor(copy(), '2027-07-01'), [
    'periods.6.validTo: Период с 01.01.2027 по 30.06.2027 закончился, а цены с 01.07.2027 не внесены для всех цен этого периода. Добавьте следующий период по новому решению регулятора',
  ]);
});

test('a successor that drops a group or starts after a gap does not count', () => {
  const file = copy();
  delete inForce(file).groups['equated'];
  assert.deepEqual(messagesFor(file), [
    'periods.4.validTo: Период с 01.01.2026 по 30.06.2026 закончился, а цены с 01.07.2026 не внесены для: Потребители, приравненные к населению — одноставочный тариф, круглосуточно; Потребители, приравненные к населению — тариф, дифференцированный по двум зонам суток, дневная зона; Потребители, приравненные к населению — тариф, дифференцированный по двум зонам суток, ночная зона и ещё 3. Добавьте следующий период по новому решению регулятора',
  ]);
  const gap = copy();
  inForce(gap).validFrom = '2026-07-02';
  assert.match(
    messagesFor(gap)[0] ?? '',
    /^periods\.4\.validTo: .* цены с 01\.07\.2026 не внесены для всех цен этого периода/,
  );
});

test('an end before the start, an unknown group and an order without a link are each named', () => {
  const file = copy();
  const oldest = first(file);
  oldest.validTo = '2023-12-31';
  oldest.groups['city'] = oldest.groups['urban'] ?? {};
  oldest['decision'] = { ...(oldest['decision'] as object), file: undefined };
  assert.deepEqual(messagesFor(file), [
    'periods.0.decision: Дайте ссылку на приказ (url) или приложите его файл (file): посетитель должен иметь возможность его прочитать',
    'periods.0.groups: Неизвестная группа потребителей: city. Допустимые: urban, urbanElectricStoves, rural, equated',
    'periods.0.validTo: Дата окончания (validTo) раньше даты начала (validFrom): проверьте даты периода',
  ]);
});

test('build errors list every problem under a preamble, one line each with its field', () => {
  const file = copy();
  const urban = first(file).groups['urban'] ?? assert.fail('demo has urban');
  urban['single'] = 0;
  first(file).validFrom = '2024-13-01';
  const result = tariffsFileSchema(TODAY).safeParse(file);
  assert.equal(result.success, false);
  assert.equal(
    formatIssues('Ошибка в content/tariffs/tariffs.yaml:', result.error.issues),
    [
      'Ошибка в content/tariffs/tariffs.yaml:',
      '- periods.0.validFrom: Укажите дату в формате ГГГГ-ММ-ДД, например 2026-07-01',
      '- periods.0.groups.urban.single: Цена за кВт·ч должна быть больше нуля, например 5.42',
    ].join('\n'),
  );
});
