import assert from 'node:assert/strict';
import { test } from 'node:test';
import { csvLine, toCsv } from '../../core/csv.ts';

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

test('text that a spreadsheet would run as a formula gets a leading apostrophe; numbers stay numbers', () => {
  assert.equal(
    csvLine(['=1+2', '+7 3822 00-00-00', '-2+3+cmd|calc', '@SUM(A1)', '\tx', '\rx', 'a=b', -5, null]),
    `'=1+2,'+7 3822 00-00-00,'-2+3+cmd|calc,'@SUM(A1),'\tx,"'\rx",a=b,-5,\r\n`,
  );
});

test('the separator decides what is quoted: `;` files leave commas alone', () => {
  assert.equal(csvLine(['a,b', 'c;d', '=HYPERLINK("x")'], ';'), `a,b;"c;d";"'=HYPERLINK(""x"")"\r\n`);
  assert.equal(csvLine(['a,b', 'c;d']), '"a,b",c;d\r\n');
});

test('a guarded cell in a whole file: header, BOM and CRLF as usual', () => {
  assert.equal(
    toCsv([{ phone: '+7 (3822) 00-00-00', price: -1.5 }], ['phone', 'price']),
    "\uFEFFphone,price\r\n'+7 (3822) 00-00-00,-1.5\r\n",
  );
});
