import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toCsv } from '../../core/csv.ts';

test('CSV quotes commas, quotes and line breaks, ends lines with CRLF and starts with a BOM for Excel', () => {
  const csv = toCsv(
    [
      { name: 'Население, городское', note: 'тариф «день»', price: 5.4, sample: true },
      { name: 'Приказ "№ 1"', note: 'строка\nвторая', price: 3, sample: false },
    ],
    ['name', 'price', 'note', 'sample'],
  );
  assert.equal(
    csv,
    '\uFEFFname,price,note,sample\r\n"Население, городское",5.4,тариф «день»,true\r\n"Приказ ""№ 1""",3,"строка\nвторая",false\r\n',
  );
});
