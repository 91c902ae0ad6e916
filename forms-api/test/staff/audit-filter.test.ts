import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseAuditQuery } from '../../../core/staff/audit-filter.ts';
import { csvLine } from '../../../core/csv.ts';

test('dates filter whole days in Tomsk: from its midnight to the midnight after «по»', () => {
  const query = parseAuditQuery(new URLSearchParams({ from: '2026-11-01', to: '2026-11-30' }), 'Asia/Tomsk');
  assert.equal(query.filter.from, '2026-10-31T17:00:00.000Z');
  assert.equal(query.filter.to, '2026-11-30T17:00:00.000Z');
  assert.deepEqual(query.errors, {});
});

test('bad filter values are named in Russian and ignored, the rest still applies', () => {
  const query = parseAuditQuery(
    new URLSearchParams({ action: 'drop-table', actor: ' Ivanova ', from: '01.11.2026', page: '3' }),
    'Asia/Tomsk',
  );
  assert.deepEqual(query.errors, {
    action: 'Выберите действие из списка',
    from: 'Введите дату начала в формате ГГГГ-ММ-ДД, например 2026-11-01',
  });
  assert.deepEqual(query.filter, { actor: 'Ivanova', limit: 50, offset: 100 });
});

test('CSV cells are quoted when needed and never start a formula', () => {
  assert.equal(csvLine(['a;b', 'say "hi"', null, 7], ';'), '"a;b";"say ""hi""";;7\r\n');
  assert.equal(csvLine(['=HYPERLINK("x")', '+7 999', '-1', '@cmd'], ';'), `"'=HYPERLINK(""x"")";'+7 999;'-1;'@cmd\r\n`);
});
