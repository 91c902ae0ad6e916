/**
 * One list item added per content type, for checking in the real admin that adding an item
 * writes only that item's lines: in each entry, the list (anywhere in the form) whose new item
 * takes the fewest inputs, filled from a copy of its last item made unique where the entry's
 * rules demand it (ids, dates of a period, a group used once), with a new file uploaded for a
 * copied one and optional fields left empty when the entry stays valid without them.
 */
import { posix } from 'node:path';
import { fieldsFor, jsonSchemaOf, type CmsField } from '../../cms/fields.ts';
import { PUBLIC_FOLDER } from '../../cms/config.ts';
import { entryIssues } from '../../cms/admin/save-gate.ts';
import { contentTypes } from '../../cms/content-types.ts';
import { EDIT_MARK, entryDataOf, fileOf, type ScalarEdit } from './cms-scalar-edits.ts';

type Data = Record<string, unknown>;

export interface ListAddition {
  /** Collection name, for the test's messages. */
  collection: string;
  /** Admin route of the entry, after #/collections/. */
  entry: string;
  /** Repository path of the file. */
  file: string;
  /** Summary of the list item holding the list, expanded first, when the list is inside one. */
  item?: string;
  /** Russian labels of the groups holding the list, then the list's own label. */
  labels: string[];
  /** The list's field, for its item names and the item's fields. */
  list: CmsField;
  /** Where the list is in the entry's data, e.g. ['offices', 2, 'services']. */
  path: Array<string | number>;
  /** The new item as the form fills it in. */
  value: unknown;
  /** Public paths of the files the item points at, each uploaded in the media library, e.g. /files/e2e-x.pdf. */
  uploads: string[];
}

interface ListAt {
  list: CmsField;
  labels: string[];
  item?: string;
  path: Array<string | number>;
}

/** Inputs Playwright fills in; a file is uploaded through Decap's media library. */
const TYPED = new Set(['string', 'text', 'es-checked', 'es-number', 'es-yaml', 'select', 'boolean', 'file']);
/** A value of a format, for an optional field the copied item lacks: a decision's link for its file. */
const SAMPLE_BY_FORMAT: Record<string, string> = { uri: 'https://example.org/e2e' };
const clone = <T>(value: T): T => structuredClone(value);
const summaryFieldOf = (list: CmsField) => /\{\{fields\.(\w+)\}\}/.exec(list.summary ?? '')?.[1];

/** Every list of the form, at the top, in groups, and in the last item of a top-level list. */
function listsOf(
  fields: CmsField[],
  data: Data,
  labels: string[] = [],
  path: Array<string | number> = [],
  item?: string,
): ListAt[] {
  return fields.flatMap((field): ListAt[] => {
    const value = data[field.name];
    if (field.widget === 'object' && field.fields && typeof value === 'object' && value !== null) {
      return listsOf(field.fields, value as Data, [...labels, field.label], [...path, field.name], item);
    }
    if (field.widget !== 'list') return [];
    const here = { list: field, labels: [...labels, field.label], path: [...path, field.name], ...(item && { item }) };
    const items = Array.isArray(value) ? (value as Data[]) : [];
    const summaryField = summaryFieldOf(field);
    const last = items.at(-1);
    const summary = summaryField === undefined ? undefined : last?.[summaryField];
    // One level of items: the item is expanded by its summary, which must name it alone.
    const inner =
      item === undefined &&
      field.fields &&
      typeof summary === 'string' &&
      items.filter((other) => other[summaryField ?? ''] === summary).length === 1
        ? listsOf(field.fields, last as Data, [], [...path, field.name, items.length - 1], summary)
        : [];
    return [here, ...inner];
  });
}

function at(data: unknown, path: Array<string | number>): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], data);
}

/** The number of inputs the form needs for `value`, or Infinity when one cannot be typed. */
function inputsFor(field: CmsField, value: unknown): number {
  if (value === undefined) return 0;
  if (field.widget === 'object') {
    return (field.fields ?? []).reduce((sum, sub) => sum + inputsFor(sub, (value as Data)[sub.name]), 0);
  }
  if (field.widget === 'select' && Array.isArray(value)) return value.length * 2;
  if (field.widget === 'list' && Array.isArray(value)) {
    const fields = itemFields(field);
    // Each item: the «add» click, then its inputs.
    return value.reduce<number>(
      (sum, item) =>
        sum +
        1 +
        (field.fields ? inputsFor({ ...field, widget: 'object', fields }, item) : inputsFor(fields[0] ?? field, item)),
      0,
    );
  }
  if (!TYPED.has(field.widget)) return Infinity;
  // «Выберите файл», «Загрузить новый», «Выбрать помеченные».
  if (field.widget === 'file') return 3;
  return field.widget === 'string' || field.widget === 'text' || field.widget === 'es-checked' ? 1 : 2;
}

/** The fields of one item: a list of values is a list of one field. */
const itemFields = (list: CmsField): CmsField[] => list.fields ?? (list.field ? [list.field] : []);

/**
 * A copied text marked as new, so the test finds it in the file: in front, or after an id; a
 * copied file's path is that of a new file uploaded in its stead.
 */
function marked(field: CmsField, value: unknown): unknown[] {
  if (typeof value !== 'string') return [];
  if (field.widget === 'file')
    return [posix.join(field.public_folder ?? PUBLIC_FOLDER, `e2e-${posix.basename(value)}`)];
  return [`${EDIT_MARK}${value}`, `${value}-e2e`, `${value}_e2e`, `${value}_copy`];
}

/** A copied list cut to its first value, where the entry needs no more (a file's price categories). */
const shorter = (value: unknown): unknown[] => (Array.isArray(value) && value.length > 1 ? [value.slice(0, 1)] : []);

/** Other values a copied leaf can take where the entry's rules want it unique (a group, a day). */
function others(field: CmsField, value: unknown): unknown[] {
  if (field.widget === 'select' && !field.multiple) return (field.options ?? []).map((option) => option.value);
  if (typeof value !== 'string' || !/^\d\d-\d\d$/.test(value)) return [];
  return Array.from({ length: 28 }, (_, day) => `${value.slice(0, 3)}${String(day + 1).padStart(2, '0')}`);
}

const isoDate = (time: number) => new Date(time).toISOString().slice(0, 10);

/** The period after [from, to], as long: in whole months when it is (1 January to 30 June). */
function nextPeriod(from: string, to: string): { validFrom: string; validTo: string } {
  const start = Date.parse(`${to}T00:00:00Z`) + 86_400_000;
  const [fromYear = 0, fromMonth = 1, fromDay] = from.split('-').map(Number);
  const [toYear = 0, toMonth = 1] = to.split('-').map(Number);
  const end = new Date(start);
  if (fromDay === 1 && isoDate(start).endsWith('-01')) {
    const months = (toYear - fromYear) * 12 + toMonth - fromMonth + 1;
    return {
      validFrom: isoDate(start),
      validTo: isoDate(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + months, 0)),
    };
  }
  return { validFrom: isoDate(start), validTo: isoDate(start + Date.parse(to) - Date.parse(from)) };
}

/** Every leaf of the item with its field, as paths inside the item. */
function leaves(fields: CmsField[], value: Data, path: string[] = []): Array<{ field: CmsField; path: string[] }> {
  return fields.flatMap((field) => {
    const inner = value[field.name];
    if (inner === undefined) return [];
    if (field.widget === 'object' && field.fields && typeof inner === 'object' && inner !== null) {
      return [{ field, path: [...path, field.name] }, ...leaves(field.fields, inner as Data, [...path, field.name])];
    }
    return [{ field, path: [...path, field.name] }];
  });
}

/** The fields of the group at `path` inside the item. */
function fieldsAt(fields: CmsField[], path: string[]): CmsField[] {
  return path.reduce((inner, name) => inner.find((field) => field.name === name)?.fields ?? [], fields);
}

function setAt(target: Data, path: string[], value: unknown): void {
  const parent = path.slice(0, -1).reduce<Data>((node, key) => node[key] as Data, target);
  const key = path.at(-1) ?? '';
  if (value === undefined) Reflect.deleteProperty(parent, key);
  else parent[key] = value;
}

/**
 * The new item: a copy of the last one, each leaf changed in turn where that lowers the entry's
 * problems, then each optional leaf dropped where the entry stays as valid.
 */
function newItem(
  where: ListAt,
  data: Data,
  problems: (edited: Data) => string[],
): { data: Data; value: unknown } | undefined {
  const items = at(data, where.path);
  if (!Array.isArray(items) || items.length === 0) return undefined;
  const single = !where.list.fields;
  // A list of values is handled as a list of one field named `item`.
  let item: Data = single ? { item: clone(items.at(-1)) } : clone(items.at(-1) as Data);
  const fields = single && where.list.field ? [{ ...where.list.field, name: 'item' }] : itemFields(where.list);
  const withItem = (candidate: Data): Data => {
    const edited = clone(data);
    (at(edited, where.path) as unknown[]).push(single ? candidate['item'] : candidate);
    return edited;
  };
  // A period follows the last one: as long, starting the day after it ends.
  if (typeof item['validFrom'] === 'string' && typeof item['validTo'] === 'string') {
    item = { ...item, ...nextPeriod(item['validFrom'], item['validTo']) };
  }
  let found = problems(withItem(item));
  // No problem the entry did not have; `fewer` also asks for one problem less.
  const accepts = (candidate: Data, fewer: boolean): boolean => {
    const after = problems(withItem(candidate));
    if (!after.every((problem) => found.includes(problem)) || (fewer && after.length === found.length)) return false;
    found = after;
    return true;
  };
  for (const { field, path } of leaves(fields, item)) {
    const current = at(item, path);
    const tries = [
      ...[...marked(field, current), ...shorter(current)].map((value) => ({ value, fewer: false })),
      ...others(field, current).map((value) => ({ value, fewer: true })),
    ];
    for (const { value, fewer } of tries) {
      const candidate = clone(item);
      setAt(candidate, path, value);
      if (accepts(candidate, fewer)) {
        item = candidate;
        break;
      }
    }
  }
  for (const { field, path } of leaves(fields, item).reverse()) {
    if (field.required || at(item, path) === undefined) continue;
    const candidate = clone(item);
    setAt(candidate, path, undefined);
    if (accepts(candidate, false)) {
      item = candidate;
      continue;
    }
    // A file to upload: a link in its stead, where either will do, takes fewer steps.
    if (field.widget !== 'file') continue;
    const siblings = fieldsAt(fields, path.slice(0, -1));
    for (const sibling of siblings) {
      const sample = SAMPLE_BY_FORMAT[sibling.format ?? ''];
      if (sample === undefined || at(candidate, [...path.slice(0, -1), sibling.name]) !== undefined) continue;
      setAt(candidate, [...path.slice(0, -1), sibling.name], sample);
      if (accepts(candidate, false)) item = candidate;
      break;
    }
  }
  return { data: withItem(item), value: single ? item['item'] : item };
}

/** The files an item points at: the values of its file fields, in groups and lists too. */
function filesOf(fields: CmsField[], item: unknown): string[] {
  return fields.flatMap((field): string[] => {
    const value = (item as Data)[field.name];
    if (field.widget === 'file') return typeof value === 'string' ? [value] : [];
    if (field.widget === 'object' && field.fields && value) return filesOf(field.fields, value);
    if (field.widget === 'list' && field.fields && Array.isArray(value)) {
      return value.flatMap((inner) => filesOf(field.fields ?? [], inner));
    }
    return [];
  });
}

/**
 * @param edits the edits saved before, in the same form: an item is added to the entry as their
 *   removal left it.
 */
export function listAdditions(today: string, edits: ScalarEdit[]): ListAddition[] {
  return contentTypes.flatMap((type): ListAddition[] => {
    const where = fileOf(type);
    if (!where) return [];
    const data = entryDataOf(where.file, type.kind === 'folder' && type.format === 'frontmatter');
    const removal = edits.find((edit) => edit.collection === type.name)?.removal;
    if (removal) data[removal.name] = (data[removal.name] as unknown[]).slice(0, -1);
    // A rule may throw on a value its own field refuses first (a month «E2E 2026-10»): no candidate.
    const problems = (edited: Data): string[] => {
      try {
        return entryIssues(type, edited, today).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
      } catch (error) {
        return [String(error)];
      }
    };
    const before = problems(data).length;
    const fields = fieldsFor(jsonSchemaOf(type.schema));
    const found = listsOf(fields, data)
      .map((list) => ({ list, made: newItem(list, data, problems) }))
      .filter(({ made }) => made !== undefined && problems(made.data).length === before)
      .map(({ list, made }) => {
        const value = made?.value;
        const cost = list.list.fields
          ? inputsFor({ ...list.list, widget: 'object' }, value)
          : inputsFor(list.list.field ?? list.list, value);
        return { list, value, cost };
      })
      .filter(({ cost }) => cost !== Infinity)
      .sort((a, b) => a.cost - b.cost)[0];
    if (!found) return [];
    const { list, value } = found;
    return [
      {
        collection: type.name,
        ...where,
        ...(list.item && { item: list.item }),
        labels: list.labels,
        list: list.list,
        path: list.path,
        value,
        uploads: list.list.fields ? filesOf(list.list.fields, value) : [],
      },
    ];
  });
}
