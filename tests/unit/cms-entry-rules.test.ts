/**
 * Rules across fields are shown at the field zod names (cms/admin/entry-rules.ts): the save
 * gate's issues, placed by path, reach a form field, a list or a YAML field, never the whole entry.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'yaml';
import { fromRepoRoot } from '../../core/repo-paths.ts';
import { contentTypes } from '../../cms/content-types.ts';
import { problemsAt } from '../../cms/admin/entry-rules.ts';
import { entryIssues } from '../../cms/admin/save-gate.ts';

/** A day inside the sample tariff periods, so the check does not depend on the calendar. */
const TODAY = '2026-11-22';
const DATE_ORDER = 'Дата окончания (validTo) раньше даты начала (validFrom): проверьте даты периода';

function typeNamed(name: string) {
  const type = contentTypes.find((candidate) => candidate.name === name);
  assert.ok(type, name);
  return type;
}

function content(file: string): unknown {
  return parse(readFileSync(fromRepoRoot(file), 'utf8'));
}

test('a tariff period that ends before it starts is shown at «Действует по» of that period, nowhere else', () => {
  const data = content('content/tariffs/tariffs.yaml') as { periods: Array<{ validFrom: string; validTo: string }> };
  const period = data.periods[5];
  assert.ok(period);
  period.validTo = '2026-06-30';
  const issues = entryIssues(typeNamed('tariffs'), data, TODAY);
  assert.deepEqual(problemsAt(issues, ['periods', 5, 'validTo'], 'field'), [DATE_ORDER]);
  assert.deepEqual(problemsAt(issues, ['periods', 5, 'validFrom'], 'field'), []);
  assert.deepEqual(problemsAt(issues, ['periods', 4, 'validTo'], 'field'), []);
  // The list shows what is about an item as a whole, not what belongs to a field inside it.
  assert.deepEqual(problemsAt(issues, ['periods'], 'list'), []);
});

test('a tariff group filled in part is shown at the empty price', () => {
  const data = content('content/tariffs/tariffs.yaml') as {
    periods: Array<{ groups: { rural?: { twoZone: Record<string, unknown> } } }>;
  };
  const rural = data.periods[5]?.groups.rural;
  assert.ok(rural);
  delete rural.twoZone['night'];
  const issues = entryIssues(typeNamed('tariffs'), data, TODAY);
  assert.equal(problemsAt(issues, ['periods', 5, 'groups', 'rural', 'twoZone', 'night'], 'field').length, 1);
});

test('the 8-800 rule is shown at «Телефоны»', () => {
  const data = content('content/company.yaml') as { phones: Array<{ label: string; number: string }> };
  data.phones = data.phones.filter((phone) => !phone.number.startsWith('8-800'));
  const issues = entryIssues(typeNamed('company'), data, TODAY);
  assert.equal(problemsAt(issues, ['phones'], 'list').length, 1);
});

test('repeated refusal codes are shown at «Основания», not only in the save panel', () => {
  const data = content('content/refusal-grounds.yaml') as { grounds: Array<{ code: string }> };
  const [first, second] = data.grounds;
  assert.ok(first && second);
  second.code = first.code;
  const issues = entryIssues(typeNamed('refusalGrounds'), data, TODAY);
  assert.ok(issues.length > 0);
  assert.deepEqual(
    issues.filter((issue) => issue.path.length === 0),
    [],
  );
  assert.deepEqual(problemsAt(issues, ['grounds'], 'list'), ['Коды оснований не должны повторяться']);
});

test('a list takes the problems of an item as a whole; a YAML field everything inside it', () => {
  const issues = [
    { path: ['rules', 1], message: 'Тема не из этой формы' },
    { path: ['rules', 1, 'to'], message: 'Адрес' },
    { path: ['channels', 0, 'hours', 'days', 0], message: 'День' },
  ];
  assert.deepEqual(problemsAt(issues, ['rules'], 'list'), ['Запись 2: Тема не из этой формы']);
  assert.deepEqual(problemsAt(issues, ['rules', 1], 'field'), ['Тема не из этой формы']);
  assert.deepEqual(problemsAt(issues, ['channels', 0, 'hours'], 'subtree'), ['День']);
  assert.deepEqual(problemsAt(issues, ['channels', 0, 'hours'], 'field'), []);
});
