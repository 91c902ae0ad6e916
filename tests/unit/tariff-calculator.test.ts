import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TARIFF_GROUPS, type TariffGroup } from '../../content/schemas/tariff.ts';
import { calculateCost, parseCalculatorQuery } from '../../site/lib/tariffs/calculator.ts';

const ALL_GROUPS = Object.keys(TARIFF_GROUPS) as TariffGroup[];

/** Prices chosen so that floating-point sums would drift: 0.1 + 0.2 style values. */
const rates = {
  single: 5.4,
  twoZone: { day: 6.21, night: 2.97 },
  threeZone: { peak: 7.56, semiPeak: 5.4, night: 2.97 },
};

test('single-rate cost is consumption times price', () => {
  // 150 kWh × 5,40 ₽ = 810,00 ₽
  assert.deepEqual(calculateCost(rates, 'single', { allDay: 150 }), {
    lines: [{ zone: 'allDay', kwh: 150, price: 5.4, cost: 810 }],
    total: 810,
  });
});

test('two-zone cost adds day and night', () => {
  // 200 × 6,21 = 1 242,00; 100 × 2,97 = 297,00; total 1 539,00 ₽
  const result = calculateCost(rates, 'twoZone', { day: 200, night: 100 });
  assert.deepEqual(
    result.lines.map((line) => line.cost),
    [1242, 297],
  );
  assert.equal(result.total, 1539);
});

test('three-zone cost is exact to the kopeck', () => {
  // 53 × 7,56 = 400,68; 117 × 5,40 = 631,80; 81 × 2,97 = 240,57; total 1 273,05 ₽
  const result = calculateCost(rates, 'threeZone', { peak: 53, semiPeak: 117, night: 81 });
  assert.deepEqual(
    result.lines.map((line) => line.cost),
    [400.68, 631.8, 240.57],
  );
  assert.equal(result.total, 1273.05);
});

test('kopecks do not drift over many kWh: 0,01 ₽ × 999 999 kWh is 9 999,99 ₽', () => {
  const cheap = {
    single: 0.01,
    twoZone: { day: 0.1, night: 0.2 },
    threeZone: { peak: 0.1, semiPeak: 0.2, night: 0.3 },
  };
  assert.equal(calculateCost(cheap, 'single', { allDay: 999_999 }).total, 9999.99);
  // 0,10 × 3 + 0,20 × 3 = 0,90 exactly (0.1 * 3 + 0.2 * 3 in floating point is 0.9000000000000001)
  assert.equal(calculateCost(cheap, 'twoZone', { day: 3, night: 3 }).total, 0.9);
});

test('an empty query means nothing was submitted', () => {
  assert.deepEqual(parseCalculatorQuery(new URLSearchParams(''), ALL_GROUPS), { state: 'empty' });
  assert.deepEqual(parseCalculatorQuery(new URLSearchParams('variant=fourZone&day=1'), ALL_GROUPS), { state: 'empty' });
});

test('a valid query gives the group and whole kWh per zone', () => {
  const query = parseCalculatorQuery(new URLSearchParams('variant=twoZone&group=rural&day=+200+&night=0'), ALL_GROUPS);
  assert.equal(query.state, 'valid');
  assert.equal(query.group, 'rural');
  assert.deepEqual(query.consumption, { day: 200, night: 0 });
});

test('an empty zone, a fraction, a negative number and an unknown group each get their own message', () => {
  const query = parseCalculatorQuery(
    new URLSearchParams('variant=threeZone&group=city&peak=&semiPeak=12,5&night=-3'),
    ALL_GROUPS,
  );
  assert.equal(query.state, 'invalid');
  assert.deepEqual(query.errors, [
    { field: 'group', message: 'Выберите группу потребителей из списка' },
    { field: 'peak', message: 'Укажите расход (пиковая зона) в киловатт-часах, например 150' },
    {
      field: 'semiPeak',
      message: 'Укажите расход (полупиковая зона) целым числом киловатт-часов от 0 до 999 999, например 150',
    },
    {
      field: 'night',
      message: 'Укажите расход (ночная зона) целым числом киловатт-часов от 0 до 999 999, например 150',
    },
  ]);
  // What was typed comes back, so the form can show it again.
  assert.deepEqual(query.values, { group: 'city', peak: '', semiPeak: '12,5', night: '-3' });
});

test('a group without tariffs in the period cannot be calculated', () => {
  const query = parseCalculatorQuery(new URLSearchParams('variant=single&group=rural&allDay=100'), ['urban']);
  assert.equal(query.state, 'invalid');
  assert.deepEqual(query.errors, [{ field: 'group', message: 'Выберите группу потребителей из списка' }]);
});
