/**
 * The CMS writes an edit as a small change to the original file (cms/admin/yaml-patch.ts,
 * file-formats.ts): one changed value is one changed line, comments and quoting stay, and adding
 * or removing a list item touches only that item's lines. Checked on the real content files.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'yaml';
import { contentTypes } from '../../cms/content-types.ts';
import {
  frontmatterFromFile,
  frontmatterToFile,
  withOriginal,
  yamlFromFile,
  yamlToFile,
} from '../../cms/admin/file-formats.ts';
import type { ImmutableMap } from '../../cms/admin/decap.ts';
import { patchYaml } from '../../cms/admin/yaml-patch.ts';
import { fromRepoRoot } from '../../core/repo-paths.ts';
import { commentLines, lineDiff } from '../support/line-diff.ts';

type Data = Record<string, unknown>;
const read = (path: string) => readFileSync(fromRepoRoot(path), 'utf8');
const clone = <T>(value: T): T => structuredClone(value);

/** Saves `data` the way the admin does: the save gate hands the loaded text to the format. */
function save(path: string, change: (data: Data) => void): { before: string; after: string } {
  const before = read(path);
  const markdown = path.endsWith('.md');
  const data = clone(markdown ? frontmatterFromFile(before) : yamlFromFile(before));
  change(data);
  const entry = {
    get: (key: string) => (key === 'raw' ? before : key === 'data' ? plainMap(data) : undefined),
  } as unknown as ImmutableMap;
  const saved = (withOriginal(entry) as unknown as { value: Data }).value;
  return { before, after: markdown ? frontmatterToFile(saved) : yamlToFile(saved) };
}

/** The one Immutable.js call the save gate makes, on a plain object. */
function plainMap(value: Data): { value: Data; set: (key: string, item: unknown) => unknown } {
  return { value, set: (key, item) => plainMap({ ...value, [key]: item }) };
}

function assertCommentsKept(before: string, after: string): void {
  const kept = new Set(commentLines(after));
  assert.deepEqual(
    commentLines(before).filter((line) => !kept.has(line)),
    [],
  );
}

test('one tariff price changed: one line of the file changes, every comment and the sample marks stay', () => {
  const { before, after } = save('content/tariffs/tariffs.yaml', (data) => {
    const periods = data['periods'] as Array<{ groups: { urban: Data } }>;
    const period = periods[5];
    assert(period);
    period.groups.urban['single'] = 5.83;
  });
  assert.deepEqual(lineDiff(before, after), { removed: ['        single: 5.40'], added: ['        single: 5.83'] });
  assertCommentsKept(before, after);
  assert.equal(after.split('sample: true').length, before.split('sample: true').length);
});

test("an office's Saturday hours changed: one line", () => {
  const { before, after } = save('content/offices.yaml', (data) => {
    const offices = data['offices'] as Array<{ name: string; hours: { weekly: { sat: Data } } }>;
    const office = offices.find((item) => item.name === 'Офис на ул. Примерной');
    assert(office);
    office.hours.weekly.sat['to'] = '16:30';
  });
  const diff = lineDiff(before, after);
  assert.equal(diff.removed.length, 1);
  assert.equal(diff.added.length, 1);
  // In the flow map `{ from: '09:00', to: '15:00' }` only the changed value, quotes kept.
  assert.deepEqual(diff.added, ["        sat: { from: '09:00', to: '16:30' }"]);
  assertCommentsKept(before, after);
});

test('a tariff period added at the end: only the new lines, which read back as the period', () => {
  let added: Data = {};
  const { before, after } = save('content/tariffs/tariffs.yaml', (data) => {
    const periods = data['periods'] as Data[];
    added = { ...clone(periods.at(-1)), validFrom: '2027-07-01', validTo: '2027-12-31' };
    periods.push(added);
  });
  const diff = lineDiff(before, after);
  assert.deepEqual(diff.removed, []);
  assert.deepEqual((parse(after) as { periods: Data[] }).periods.at(-1), added);
  assert.match(diff.added[0] ?? '', /^ {2}- validFrom: 2027-07-01$/);
});

test('in one save, the last benefit removed and a basis added to the one before it: only those lines, comments kept', () => {
  // The new basis goes where the removed benefit began: the removal must not swallow it.
  const { before, after } = save('content/tariffs/benefits.yaml', (data) => {
    const benefits = data['benefits'] as Array<{ basis: string[] }>;
    benefits.pop();
    benefits.at(-1)?.basis.push('Новое основание');
  });
  const diff = lineDiff(before, after);
  assert.deepEqual(diff.added, ['      - Новое основание']);
  const removed = (parse(before) as { benefits: Data[] }).benefits.at(-1);
  assert.ok(diff.removed.some((line) => line.includes(String(removed?.['title']))));
  assert.ok(before.includes(`${diff.removed.join('\n')}\n`), JSON.stringify(diff));
  assertCommentsKept(before, after);
});

test('a list item removed: only its lines (and the comment above it) go', () => {
  const { before, after } = save('content/offices.yaml', (data) => {
    (data['offices'] as Data[]).splice(1, 1);
  });
  const diff = lineDiff(before, after);
  assert.deepEqual(diff.added, []);
  const removed = (parse(before) as { offices: Data[] }).offices[1];
  assert.ok(diff.removed.some((line) => line.includes(String(removed?.['name']))));
  assert.deepEqual(parse(after), {
    ...(parse(before) as Data),
    offices: (parse(before) as { offices: Data[] }).offices.filter((_, index) => index !== 1),
  });
});

test('a sample mark cleared in the admin: one line, the file comment explaining the marks stays', () => {
  let kept: string[] = [];
  const { before, after } = save('content/company.yaml', (data) => {
    data['inn'] = '7017000000';
    kept = (data['sampleFields'] as string[]).filter((field) => field !== 'inn');
    data['sampleFields'] = kept;
  });
  const diff = lineDiff(before, after);
  assert.deepEqual(diff.added, ["inn: '7017000000'", `sampleFields: [${kept.join(', ')}]`]);
  assert.equal(diff.removed.length, 2);
  assertCommentsKept(before, after);
});

test('a page title changed: one line of the front matter; the Markdown body is untouched', () => {
  const { before, after } = save('content/pages/oplata.md', (data) => {
    data['title'] = 'Оплата электроэнергии и услуг';
  });
  const diff = lineDiff(before, after);
  assert.deepEqual(diff.added, ['title: Оплата электроэнергии и услуг']);
  assert.equal(diff.removed.length, 1);
  assert.equal(after.slice(after.indexOf('\n---\n')), before.slice(before.indexOf('\n---\n')));
});

test('an empty field the file never had is not written', () => {
  const text = 'a: 1 # one\nlist:\n  - x: 1\n';
  assert.equal(patchYaml(text, { a: 1, b: '', list: [{ x: 1, y: null }] }), text);
});

test('a value shared through an alias is changed only where the editor changed it', () => {
  const text = '# shared\nbase: &b { x: 1 }\nitems:\n  - b: *b\n  - b: *b\n';
  const after = patchYaml(text, { base: { x: 1 }, items: [{ b: { x: 2 } }, { b: { x: 1 } }] });
  assert.deepEqual(parse(after), { base: { x: 1 }, items: [{ b: { x: 2 } }, { b: { x: 1 } }] });
  assert.equal(lineDiff(text, after).removed.length, 1);
});

test('a multi-line text changed stays a block under its key', () => {
  const text = 'items:\n  - text: >-\n      long folded\n      text\n    n: 1\n';
  const after = patchYaml(text, { items: [{ text: 'first line\nsecond line', n: 1 }] });
  assert.deepEqual(parse(after), { items: [{ text: 'first line\nsecond line', n: 1 }] });
  assert.match(after, /^ {4}n: 1$/m);
});

/** Changes the first one-line text found depth-first; false when there is none. */
function changeFirstText(value: unknown, keys?: string[]): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Data;
  return (keys ?? Object.keys(record)).some((key) => {
    const item = record[key];
    if (typeof item === 'string' && !item.includes('\n') && key !== 'body') {
      record[key] = `${item} (изменено)`;
      return true;
    }
    return changeFirstText(item);
  });
}

function filesOf(type: (typeof contentTypes)[number]): string[] {
  if (type.kind === 'file') return [type.file];
  const extension = type.format === 'frontmatter' ? '.md' : '.yaml';
  return readdirSync(fromRepoRoot(type.folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(extension) && !name.endsWith('README.md'))
    .map((name) => `${type.folder}/${name}`);
}

test('every content file: unchanged data writes it back byte for byte; one changed text is one changed line', () => {
  for (const type of contentTypes) {
    for (const path of filesOf(type)) {
      const { before, after } = save(path, () => undefined);
      assert.equal(after, before, `${path} unchanged`);
      // Only what the form shows: a file's own shared values (the tariffs' `&zoneHours`) are no field.
      const fields = Object.keys(type.schema.shape);
      const changed = save(path, (data) => changeFirstText(data, fields));
      const diff = lineDiff(changed.before, changed.after);
      assert.equal(diff.added.length, 1, `${path}: ${JSON.stringify(diff)}`);
      assert.equal(diff.removed.length, 1, path);
      assert.match(diff.added[0] ?? '', /\(изменено\)/, path);
      assertCommentsKept(changed.before, changed.after);
    }
  }
});

/** The first list of objects or values at each place of the data (`offices[].services`), with how to reach it. */
function listsOf(value: unknown, keys: string[], path = ''): Array<{ path: string; list: unknown[] }> {
  const found = new Map<string, unknown[]>();
  const walk = (node: unknown, at: string, only?: string[]) => {
    if (Array.isArray(node)) {
      if (node.length > 0 && !found.has(at)) found.set(at, node);
      for (const item of node) walk(item, `${at}[]`);
    } else if (typeof node === 'object' && node !== null) {
      for (const key of only ?? Object.keys(node)) walk((node as Data)[key], `${at}.${key}`);
    }
  };
  walk(value, path, keys);
  return [...found].map(([where, list]) => ({ path: where, list }));
}

/** Adds a copy of the last item of the index-th list of the file, then removes its last item. */
function addAndRemove(path: string, fields: string[], index: number, where: string): void {
  const readBack = (text: string) => (path.endsWith('.md') ? frontmatterFromFile(text) : yamlFromFile(text));
  const listIn = (data: Data) => listsOf(data, fields)[index]?.list ?? [];
  let expected: unknown;
  const added = save(path, (data) => {
    const list = listIn(data);
    list.push(clone(list.at(-1)));
    expected = clone(data);
  });
  const addDiff = lineDiff(added.before, added.after);
  // A block list gains lines and loses none; a flow list `[a, b]` is one line, which changes.
  assert.ok(addDiff.removed.length <= 1, `${where}: ${JSON.stringify(addDiff)}`);
  assert.deepEqual(readBack(added.after), expected, `${where} reads back`);
  assertCommentsKept(added.before, added.after);

  const removed = save(path, (data) => {
    listIn(data).pop();
    expected = clone(data);
  });
  const removeDiff = lineDiff(removed.before, removed.after);
  // Only the item's own lines go, one block of the file; the list's line changes when it is a
  // flow list, or when it is left empty (`key: []`).
  assert.ok(removeDiff.added.length <= 1, `${where}: ${JSON.stringify(removeDiff)}`);
  assert.ok(removed.before.includes(`${removeDiff.removed.join('\n')}\n`), `${where}: ${JSON.stringify(removeDiff)}`);
  assert.deepEqual(readBack(removed.after), expected, `${where} reads back`);
}

test('every list of every content file: an item added or removed in the form changes only that item’s lines', () => {
  const failures: string[] = [];
  let checked = 0;
  for (const type of contentTypes) {
    const fields = Object.keys(type.schema.shape);
    for (const path of filesOf(type)) {
      const text = read(path);
      const lists = listsOf(path.endsWith('.md') ? frontmatterFromFile(text) : yamlFromFile(text), fields);
      for (const [index, list] of lists.entries()) {
        try {
          addAndRemove(path, fields, index, `${path} ${list.path}`);
          checked += 1;
        } catch (error) {
          failures.push((error as Error).message.slice(0, 300));
        }
      }
    }
  }
  assert.deepEqual(failures, []);
  assert.ok(checked > 50, `only ${String(checked)} lists`);
});

test('the last item of a block list removed: the list becomes `[]` on its key’s line', () => {
  const text = '# kept\nphones:\n  - a # first\n  - b\nnext: 1\n';
  assert.equal(patchYaml(text, { phones: [], next: 1 }), '# kept\nphones: []\nnext: 1\n');
});

test("a break added to an office's day, a flow list of maps: that line only, the kept break's text stays", () => {
  const text = "mon: { from: '08:00', breaks: [{ from: '12:00', to: '12:45' }] } # lunch\n";
  const breaks = [
    { from: '12:00', to: '12:45' },
    { from: '15:00', to: '15:15' },
  ];
  const after = patchYaml(text, { mon: { from: '08:00', breaks } });
  assert.match(
    after,
    /^mon: \{ from: '08:00', breaks: \[\{ from: '12:00', to: '12:45' \}, \{ from: .*\}\] \} # lunch\n$/,
  );
  assert.deepEqual(parse(after), { mon: { from: '08:00', breaks } });
});
