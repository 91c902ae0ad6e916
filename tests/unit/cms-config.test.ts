/**
 * The CMS config is a field contract derived from the zod schemas: this test walks both and
 * fails when they disagree (required fields, patterns, ranges, item counts, options), when a
 * field lacks a Russian label or hint, when a folder collection could name files in Cyrillic,
 * or when a content file belongs to no content type.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import { fromRepoRoot } from '../../core/repo-paths.ts';
import { buildCmsConfig } from '../../cms/config.ts';
import { contentTypes } from '../../cms/content-types.ts';
import {
  CHECKED_FORMATS,
  MAX_UPLOAD_BYTES,
  PUBLIC_FILE_FORMAT,
  fieldFor,
  jsonSchemaOf,
  needsUnicodeFlag,
  needsYamlWidget,
  type CmsField,
  type JsonSchema,
} from '../../cms/fields.ts';
import { FORMAT_SCHEMAS } from '../../cms/admin/formats.ts';
import { loadCmsSettings } from '../../cms/settings.ts';

interface Collection {
  name: string;
  folder?: string;
  slug?: string;
  fields?: CmsField[];
  files?: Array<{ file: string; fields: CmsField[] }>;
}

const config = buildCmsConfig(loadCmsSettings({}));
const collections = config['collections'] as Collection[];
const CYRILLIC = /[а-яё]/i;

function fieldsOf(collection: Collection): CmsField[] {
  return collection.fields ?? collection.files?.[0]?.fields ?? [];
}

/** Asserts one Decap field against its JSON Schema node; returns the problems found. */
function compare(path: string, field: CmsField, node: JsonSchema, required: boolean): string[] {
  const problems: string[] = [];
  const expect = (ok: boolean, what: string) => {
    if (!ok) problems.push(`${path}: ${what}`);
  };
  expect(CYRILLIC.test(field.label), 'label must be Russian');
  expect(CYRILLIC.test(field.hint), 'hint must be Russian');
  expect(field.required === required, `required is ${String(field.required)} in the CMS, ${String(required)} in zod`);
  if (needsYamlWidget(node)) {
    expect(field.widget === 'es-yaml', 'a union or a map must be edited as YAML and checked by zod');
    return problems;
  }
  const values = (options: CmsField['options']) => JSON.stringify(options?.map((option) => option.value));
  if (node.enum) expect(values(field.options) === JSON.stringify(node.enum), 'options must match');
  if (node.type === 'string' && !node.enum) {
    if (node.format === 'upload') expect(field.widget === 'file', 'an upload must be a file field');
    else if (node.format === PUBLIC_FILE_FORMAT) {
      expect(field.widget === 'file' && field.media_folder !== undefined, 'a public file must be an upload to /files/');
    } else if (node.format && (CHECKED_FORMATS as readonly string[]).includes(node.format)) {
      expect(field.widget === 'es-checked' && field.format === node.format, `format ${node.format} must be checked`);
    } else if (node.references) {
      // Picked from the other file's list, whose own schema checks the keys' pattern.
      const { collection, list, key } = node.references;
      expect(
        field.widget === 'relation' && field.collection === collection && field.value_field === `${list}.*.${key}`,
        `must be picked from ${collection} ${list}`,
      );
    } else if (node.pattern && needsUnicodeFlag(node.pattern)) {
      expect(field.pattern === undefined, 'a pattern Decap would compile without its u flag is checked by zod only');
    } else if (node.pattern) expect(field.pattern?.[0] === node.pattern, `pattern must be ${node.pattern}`);
    else if (node.minLength !== undefined || node.maxLength !== undefined) {
      const re = new RegExp(field.pattern?.[0] ?? '.*');
      if (node.minLength)
        expect(!re.test('x'.repeat(node.minLength - 1)), `must refuse under ${node.minLength} characters`);
      if (node.maxLength)
        expect(!re.test('x'.repeat(node.maxLength + 1)), `must refuse over ${node.maxLength} characters`);
    }
  }
  if (node.type === 'integer' || node.type === 'number') {
    expect(
      field.widget === 'es-number' &&
        field.min === node.minimum &&
        field.exclusive_min === node.exclusiveMinimum &&
        field.max === node.maximum,
      'number range must match',
    );
    expect(field.value_type === (node.type === 'integer' ? 'int' : 'float'), 'number kind must match');
  }
  if (node.type === 'array') {
    expect(field.min === node.minItems && field.max === node.maxItems, 'item count must match');
    const items = node.items ?? {};
    if (items.enum) expect(values(field.options) === JSON.stringify(items.enum), 'options must match');
    else if (items.type === 'object') problems.push(...compareAll(path, field.fields ?? [], items));
    else if (field.field) problems.push(...compare(`${path}[]`, field.field, items, true));
  }
  if (node.type === 'object') problems.push(...compareAll(path, field.fields ?? [], node, !required));
  return problems;
}

/** `inOptional`: fields of an optional object are optional in the form (see fieldsFor). */
function compareAll(path: string, fields: CmsField[], node: JsonSchema, inOptional = false): string[] {
  const required = new Set(inOptional ? [] : (node.required ?? []));
  const names = Object.keys(node.properties ?? {});
  // The Markdown body of a frontmatter file is no zod field.
  const cmsNames = fields.filter((field) => field.widget !== 'markdown').map((field) => field.name);
  const problems =
    JSON.stringify(cmsNames) === JSON.stringify(names) ? [] : [`${path}: fields ${cmsNames.join()} ≠ ${names.join()}`];
  for (const field of fields) {
    const child = node.properties?.[field.name];
    if (child) problems.push(...compare(`${path}.${field.name}`, field, child, required.has(field.name)));
  }
  return problems;
}

test('the CMS has one collection per content type, in Russian, in the ru locale', () => {
  assert.equal(config['locale'], 'ru');
  assert.deepEqual(
    collections.map((collection) => collection.name),
    contentTypes.map((type) => type.name),
  );
});

for (const type of contentTypes) {
  test(`the «${type.name}» collection agrees with its zod schema, field by field`, () => {
    const collection = collections.find((candidate) => candidate.name === type.name);
    assert.ok(collection);
    assert.deepEqual(compareAll(type.name, fieldsOf(collection), jsonSchemaOf(type.schema)), []);
  });
}

test('the parity check itself notices a dropped required flag and a changed pattern', () => {
  const page = contentTypes.find((type) => type.name === 'pages');
  assert.ok(page);
  const json = jsonSchemaOf(page.schema);
  const fields = fieldsOf(collections.find((collection) => collection.name === 'pages') ?? { name: '' });
  const tampered = fields.map((field) =>
    field.name === 'title'
      ? { ...field, required: false }
      : field.name === 'slug'
        ? { ...field, pattern: ['.*', ''] as [string, string] }
        : field,
  );
  assert.deepEqual(compareAll('pages', tampered, json), [
    'pages.title: required is false in the CMS, true in zod',
    'pages.slug: pattern must be ^[a-z0-9]+(-[a-z0-9]+)*$',
  ]);
});

test('a word for search synonyms in Russian passes the admin: every pattern means in Decap what it means to zod', () => {
  const patterns = collections.flatMap((collection) => patternsOf(fieldsOf(collection)));
  // Decap tests a value with RegExp(pattern), no flags.
  const weak = collections.find((collection) => collection.name === 'synonyms');
  const word = weak && fieldsOf(weak).find((field) => field.name === 'weak')?.field;
  assert.ok(word);
  assert.ok(!word.pattern || RegExp(word.pattern[0]).test('приём'), `«приём» refused by ${String(word.pattern)}`);
  assert.deepEqual(patterns.filter(needsUnicodeFlag), []);
});

/** Every pattern of the fields, nested ones included. */
function patternsOf(fields: CmsField[]): string[] {
  return fields.flatMap((field) => [
    ...(field.pattern ? [field.pattern[0]] : []),
    ...patternsOf(field.fields ?? []),
    ...patternsOf(field.field ? [field.field] : []),
  ]);
}

test('folder collections name new files in ASCII only, never from a Cyrillic title', () => {
  for (const type of contentTypes.filter((candidate) => candidate.kind === 'folder')) {
    const tokens = [...type.slug.matchAll(/\{\{([^}]+)\}\}/g)].map((match) => match[1] ?? '');
    assert.ok(tokens.length > 0, `${type.name}: slug template without a field`);
    const json = jsonSchemaOf(type.schema);
    for (const token of tokens) {
      // Date tokens of the moment the entry is created are digits.
      if (/^(year|month|day|hour|minute|second)$/.test(token)) continue;
      const field = /^fields\.(\w+)$/.exec(token)?.[1];
      const node = field ? json.properties?.[field] : undefined;
      const ascii =
        node?.type === 'integer' || (node?.pattern !== undefined && /^[\^[\]a-z0-9\\d+*()|$-]+$/.test(node.pattern));
      assert.ok(
        ascii,
        `${type.name}: {{${token}}} must be an integer field or a field whose pattern allows only ASCII`,
      );
    }
  }
});

test('a field of format upload becomes a file upload with the size limit', () => {
  const field = fieldFor(
    'file',
    { type: 'string', format: 'upload', title: 'Файл', description: 'PDF до 10 МБ' },
    true,
  );
  assert.equal(field.widget, 'file');
  assert.deepEqual(field.media_library, { config: { max_file_size: MAX_UPLOAD_BYTES } });
});

test('every field format the CMS checks has its zod schema in the admin', () => {
  assert.deepEqual(Object.keys(FORMAT_SCHEMAS).sort(), [...CHECKED_FORMATS].sort());
});

test('every file in content/ belongs to a content type the CMS edits', () => {
  const covered = (path: string) =>
    contentTypes.some((type) =>
      type.kind === 'file' ? `content/${path}` === type.file : `content/${path}`.startsWith(`${type.folder}/`),
    );
  const files = readdirSync(fromRepoRoot('content'), { recursive: true, encoding: 'utf8' }).filter(
    (path) => /\.(ya?ml|md|json)$/.test(path) && !path.startsWith('schemas/') && !path.endsWith('README.md'),
  );
  assert.deepEqual(
    files.filter((path) => !covered(path)),
    [],
    'add a content type for these files in cms/content-types.ts (cms/README.md)',
  );
});

test('a list of values edited as YAML is one YAML field, not a list of YAML items', () => {
  // Decap's list of one field reads an object item as { [field name]: value }: every place of
  // «Другие места публикации» showed empty and the unchanged registry could not be saved (issue 20).
  const listsOfYaml: string[] = [];
  const walk = (fields: CmsField[], path: string) => {
    for (const field of fields) {
      if (field.widget === 'list' && field.field?.widget === 'es-yaml') listsOfYaml.push(`${path}.${field.name}`);
      walk(field.fields ?? [], `${path}.${field.name}`);
    }
  };
  for (const collection of collections) walk(fieldsOf(collection), collection.name);
  assert.deepEqual(listsOfYaml, []);
  const registry = fieldsOf(collections.find((collection) => collection.name === 'disclosures') ?? { name: '' });
  const item = registry.find((field) => field.name === 'disclosures')?.fields ?? [];
  assert.equal(item.find((field) => field.name === 'alsoAt')?.widget, 'es-yaml');
});

test('every list names its items, so Decap reads «7 периодов», «1 период», «Добавить период»', async () => {
  const { LIST_ITEMS, itemsWord } = await import('../../cms/list-items.ts');
  const lists: string[] = [];
  const walk = (fields: CmsField[]) => {
    for (const field of fields) {
      if (field.widget === 'list') {
        lists.push(field.label);
        assert.ok(field.item_forms, `list «${field.label}» needs its item names in cms/list-items.ts`);
        assert.equal(field.label_singular, field.item_forms.add ?? field.item_forms.one);
      }
      walk(field.fields ?? []);
    }
  };
  for (const collection of buildCmsConfig(loadCmsSettings({})).collections as Collection[]) {
    walk(collection.fields ?? []);
    for (const file of (collection as { files?: Array<{ fields: CmsField[] }> }).files ?? []) walk(file.fields);
  }
  assert.ok(lists.length > 20);
  const periods = LIST_ITEMS['Периоды'];
  assert.ok(periods);
  assert.deepEqual(
    [1, 2, 5, 7, 11, 21, 22].map((count) => `${String(count)} ${itemsWord(periods, count)}`),
    ['1 период', '2 периода', '5 периодов', '7 периодов', '11 периодов', '21 период', '22 периода'],
  );
});

test('pages and FAQ answers offer the same optional «Как ещё спрашивают» list, one phrasing an item', () => {
  for (const name of ['pages', 'faq']) {
    const collection = collections.find((candidate) => candidate.name === name);
    const phrases = collection && fieldsOf(collection).find((field) => field.name === 'searchPhrases');
    assert.ok(phrases, `${name}: no searchPhrases field`);
    assert.equal(phrases.label, 'Как ещё спрашивают');
    assert.equal(phrases.widget, 'list');
    assert.notEqual(phrases.required, true);
    assert.equal(phrases.label_singular, 'формулировку');
    assert.equal(phrases.field?.label, 'Формулировка');
  }
});
