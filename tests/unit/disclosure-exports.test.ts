/**
 * An item that fails its content checks after the build is reported «нет данных» the same way in
 * all three published forms: the report page (status, note, summary), the JSON and the CSV.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  disclosureSummary,
  disclosuresCsv,
  markMissing,
  recount,
  type PublishedRow,
} from '../../site/lib/disclosures/exports.ts';

const rows: PublishedRow[] = [
  { id: 'A01', title: 'Наименование', basis: 'п. 3.9', status: 'ok', url: '/a/', updatedAt: null, note: null },
  { id: 'A15', title: 'Стандарт', basis: 'Базовый', status: 'sample', url: '/b/#c', updatedAt: null, note: null },
];

/** The report page as raskrytie-informacii.astro renders it, reduced to what the rewrite touches. */
function page(list: readonly PublishedRow[]): string {
  const items = list.map(
    (row) =>
      `<li id="punkt-${row.id.toLowerCase()}" class="x" data-status="${row.status}"><h2>${row.title}</h2><dl>` +
      `<dt>Статус</dt><dd data-role="status">${row.status === 'ok' ? 'OK' : 'пример'}</dd><dt>Основание</dt><dd>${row.basis}</dd></dl></li>`,
  );
  return `<p id="itogo"><strong>Итого:</strong> <span data-role="summary">${disclosureSummary(list)}</span>.</p><ol>${items.join('')}</ol>`;
}

test('a failing item is «нет данных» with its problem on the page, and the summary is recounted', () => {
  const failed = { ...rows[1], status: 'missing', note: '/b/#c: нет — отметка «пример» <у значений>' } as PublishedRow;
  const html = recount(markMissing(page(rows), failed), [rows[0] as PublishedRow, failed]);
  assert.match(html, /<span data-role="summary">OK — 1 пункт; нет данных — 1 пункт<\/span>/);
  assert.match(html, /data-status="missing"><h2>Стандарт<\/h2>/);
  assert.match(html, /<dd data-role="status">нет данных<\/dd>/);
  assert.match(html, /<dd>\/b\/#c: нет — отметка «пример» &#60;у значений&#62;<\/dd><\/dl><\/li><\/ol>/);
  // The other item keeps its status and gets no note.
  assert.match(
    html,
    /data-status="ok"><h2>Наименование<\/h2><dl><dt>Статус<\/dt><dd data-role="status">OK<\/dd><dt>Основание<\/dt><dd>п\. 3\.9<\/dd><\/dl>/,
  );
});

test('the CSV has the same rows, statuses and notes as the JSON', () => {
  const csv = disclosuresCsv([{ ...(rows[1] as PublishedRow), status: 'missing', note: 'нет раздела' }]);
  assert.equal(
    csv,
    '\uFEFFid,title,basis,status,url,updatedAt,note\r\nA15,Стандарт,Базовый,missing,/b/#c,,нет раздела\r\n',
  );
});
