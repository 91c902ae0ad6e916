import assert from 'node:assert/strict';
import { test } from 'node:test';
import { accessibleContent } from '../../site/lib/accessible-content.ts';

test('a table scrolls in its own region, labelled by a caption taken from the heading above it', () => {
  const html = accessibleContent('<h2 id="sroki">Сроки оплаты</h2><table><thead><tr><th>Кто</th></tr></thead></table>');
  assert.equal(
    html,
    '<h2 id="sroki">Сроки оплаты</h2><div class="es-table-scroll" role="region" tabindex="0" aria-labelledby="es-table-1">' +
      '<table><caption id="es-table-1" class="sr-only">Сроки оплаты</caption><thead><tr><th>Кто</th></tr></thead></table></div>',
  );
});

test('a table with its own caption keeps it; the second table gets its own id', () => {
  const html = accessibleContent('<table><caption>Тарифы</caption></table><p>x</p><table><tr><td>1</td></tr></table>');
  assert.match(html, /<caption id="es-table-1">Тарифы<\/caption>/);
  assert.match(html, /aria-labelledby="es-table-2"><table><caption id="es-table-2" class="sr-only">Таблица<\/caption>/);
});

test('described images get their description for the images-off setting; decorative ones do not', () => {
  assert.equal(
    accessibleContent('<img src="/a.png" alt="Схема проезда"><img src="/line.png" alt="">'),
    '<img src="/a.png" alt="Схема проезда"><span class="es-img-alt">Изображение: Схема проезда</span><img src="/line.png" alt="">',
  );
});
