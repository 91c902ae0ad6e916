import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  formatDecimal,
  formatFileSize,
  formatPercent,
  formatPrice,
  formatQuantity,
  formatRubles,
} from '../../core/format.ts';
import { formatCalendarDate, formatMonth, formatPeriod } from '../../core/dates.ts';

/** Intl separates thousands with a no-break space; the tests spell it out. */
const nbsp = '\u00a0';

test('money and prices are written the Russian way', () => {
  assert.equal(formatRubles(1539), `1${nbsp}539,00${nbsp}₽`);
  assert.equal(formatPrice(5.4), '5,40');
  assert.equal(formatPrice(0.61234), '0,61234');
});

test('dates, months and periods read as in an order of the regulator', () => {
  assert.equal(formatCalendarDate('2026-07-01'), '1 июля 2026 г.');
  assert.equal(formatMonth('2026-10'), 'октябрь 2026 г.');
  assert.equal(
    formatPeriod({ validFrom: '2026-07-01', validTo: '2026-12-31' }),
    'с 1 июля 2026 г. по 31 декабря 2026 г.',
  );
});

test('file sizes are given in Б, КБ or МБ with a decimal comma', () => {
  assert.deepEqual([746, 1902, 1024 * 1024 * 2.5].map(formatFileSize), ['746 Б', '1,9 КБ', '2,5 МБ']);
});

test('shares and averages in staff reports keep at most one decimal', () => {
  assert.equal(formatPercent(0.875), `87,5${nbsp}%`);
  assert.equal(formatDecimal(12.25), '12,3');
  assert.equal(formatDecimal(4), '4');
});

test('a median of days reads as a Russian count, never «0 календарных дн.»', () => {
  const days = {
    one: 'календарный день',
    few: 'календарных дня',
    many: 'календарных дней',
    fraction: 'календарного дня',
  };
  assert.deepEqual(
    [0, 1, 3, 2.5, 11, 21, 4.04].map((value) => formatQuantity(value, days)),
    [
      '0 календарных дней',
      '1 календарный день',
      '3 календарных дня',
      '2,5 календарного дня',
      '11 календарных дней',
      '21 календарный день',
      '4 календарных дня',
    ],
  );
});
