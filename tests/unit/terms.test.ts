/**
 * One source for every deadline (issue 16 §2): text that people read never types a day count, it
 * writes a placeholder filled from content/sla.yaml; every placeholder in the sources resolves.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fillTermsFromFile as fillTerms, loadTermsSla, periodText } from '../../core/content/terms.ts';
import { fromRepoRoot } from '../../core/repo-paths.ts';
import { dayCounts } from '../support/day-counts.ts';

/** Files whose text reaches pages, forms, receipts and letters; sla.yaml itself states the values. */
function textSources(): string[] {
  const under = (dir: string, pattern: RegExp) =>
    readdirSync(fromRepoRoot(dir), { recursive: true })
      .map((file) => `${dir}/${String(file)}`)
      .filter((file) => pattern.test(file));
  return [
    ...under('content', /\.(md|ya?ml)$/).filter(
      (file) => !/^content\/(sla\.yaml|README\.md|calendar\/|standard\/)/.test(file),
    ),
    ...under('content/schemas/forms', /\.ts$/),
    'core/i18n/ru.json',
    ...under('site/pages', /\.astro$/),
    ...under('site/components', /\.astro$/),
    ...under('forms-api/src/mail', /\.ts$/),
  ];
}

test('no page, FAQ answer, form, receipt or letter types a day count: it comes from sla.yaml', () => {
  const typed = textSources().flatMap((file) =>
    dayCounts(readFileSync(fromRepoRoot(file), 'utf8')).map((count) => `${file}: «${count.phrase}»`),
  );
  assert.deepEqual(typed, []);
});

test('every placeholder in the sources resolves', () => {
  for (const file of textSources()) {
    assert.doesNotThrow(() => fillTerms(readFileSync(fromRepoRoot(file), 'utf8').replaceAll('{{sample}}', '')), file);
  }
});

test('an unknown placeholder fails, naming it', () => {
  assert.throws(() => fillTerms('Ответ — {{sla.apeal.final}}.'), /Неизвестная подстановка \{\{sla\.apeal\.final\}\}/);
});

test('periods read as Russian: cases and plural forms', () => {
  assert.equal(periodText({ days: 1, unit: 'working' }), '1 рабочий день');
  assert.equal(periodText({ days: 2, unit: 'working' }), '2 рабочих дня');
  assert.equal(periodText({ days: 10, unit: 'working' }), '10 рабочих дней');
  assert.equal(periodText({ days: 21, unit: 'calendar' }), '21 день');
  assert.equal(periodText({ days: 30, unit: 'calendar' }), '30 дней');
  assert.equal(periodText({ days: 1, unit: 'working' }, true), '1 рабочего дня');
  assert.equal(periodText({ days: 3, unit: 'working' }, true), '3 рабочих дней');
  assert.equal(periodText({ days: 11, unit: 'calendar' }, true), '11 дней');
});

test('deadlines and the readings window are filled from sla.yaml', () => {
  const sla = loadTermsSla();
  const appeal = sla.rules.find((rule) => rule.kind === 'appeal');
  assert.ok(appeal);
  assert.equal(fillTerms('не позднее {{sla.appeal.final|genitive}}'), `не позднее ${periodText(appeal.final, true)}`);
  assert.equal(
    fillTerms('передавайте {{readings.window}}'),
    `передавайте с ${sla.readingsWindow.firstDay}-го по ${sla.readingsWindow.lastDay}-е число месяца`,
  );
});
