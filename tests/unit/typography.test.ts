/** The proofreader's check itself: what it marks and what it lets through. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { htmlTypography, textTypography } from '../support/typography.ts';

const rules = (findings: ReadonlyArray<{ rule: string }>) => findings.map((finding) => finding.rule);

test('words glued across a tag boundary are found; block boundaries and spaces pass', () => {
  assert.deepEqual(rules(htmlTypography('<p>Ответ проверен<time>20 ноября 2026 г.</time></p>')), [
    'glued-across-tags',
    'glued-to-number',
  ]);
  assert.deepEqual(rules(htmlTypography('<p><span>Почтовый адрес:</span><span>634000, г. Томск</span></p>')), [
    'space-after-colon',
  ]);
  assert.deepEqual(rules(htmlTypography('<a href="/">Интернет-приёмной</a>или')), ['glued-across-tags']);
  assert.deepEqual(htmlTypography('<p>Ответ проверен <time>20 ноября</time></p><p>Далее</p>'), []);
  assert.deepEqual(htmlTypography('<li>Один</li><li>Два</li><td>3</td><td>4</td>'), []);
  assert.deepEqual(htmlTypography('<p>м<sup>2</sup>, <script>a.b,c</script></p>'), []);
});

test('missing spaces after punctuation and doubled full stops are found', () => {
  assert.deepEqual(rules(textTypography('передать показания,оплатить')), ['space-after-comma']);
  assert.deepEqual(rules(textTypography('в формате JSON.Ежемесячный')), ['space-after-stop']);
  assert.deepEqual(rules(textTypography('не позднее 29 января 2027 г..')), ['double-stop']);
  assert.deepEqual(rules(textTypography('адрес:634000')), ['space-after-colon']);
});

test('decimals, times, URLs, files and abbreviations pass', () => {
  for (const ok of [
    'Тариф 5,40 руб., с 12:00 до 13:00.',
    'См. https://example.ru/oplata/ и файл blank-zhaloby.pdf, т.е. бланк.',
    'г. Томск, ул. Примерная, д. 0; и т.д. и т.п.',
    'Подождите...',
    'Адрес: info@energosbyt.example.',
  ]) {
    assert.deepEqual(textTypography(ok), [], ok);
  }
});
