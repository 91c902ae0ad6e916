/**
 * One small text edit per content type, for checking in the real admin that every collection
 * saves a one-line diff: the first text field (at the top of the entry, else in the first item of
 * a list) whose edited value keeps the entry valid.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contentTypes } from '../../cms/content-types.ts';
import { fieldsFor, jsonSchemaOf, type CmsField } from '../../cms/fields.ts';
import { entryIssues } from '../../cms/admin/save-gate.ts';
import type { ContentType } from '../../content/registry.ts';
import { fromRepoRoot } from '../../core/repo-paths.ts';

export interface ScalarEdit {
  /** Collection name, for the test's messages. */
  collection: string;
  /** Admin route of the entry, after #/collections/. */
  entry: string;
  /** Repository path of the file. */
  file: string;
  /** Summary of the list item holding the field, when it is in a list. */
  item?: string;
  /** Russian labels from the outermost group down to the field, e.g. ['Решение регулятора', 'Номер']. */
  labels: string[];
  /** The text typed into the field. */
  value: string;
  /** The last item of the entry's first list, removed in the same save (lists of objects with two items or more). */
  removal?: ItemRemoval;
}

export interface ItemRemoval {
  /** The list's Russian label. */
  label: string;
  /** Its key in the file. */
  name: string;
  /** The removed item's summary in the form, e.g. an office's name. */
  summary: string;
}

/** The marker an edit puts in front of a text: short, so length limits still hold. */
export const EDIT_MARK = 'E2E ';

type Data = Record<string, unknown>;

/** The entry's data as the admin edits it: a Markdown file's header plus its body. */
export function entryDataOf(path: string, markdown: boolean): Data {
  const text = readFileSync(fromRepoRoot(path), 'utf8');
  if (!markdown) return parse(text) as Data;
  const [, header = '', body = ''] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text) ?? [];
  return { ...(parse(header) as Data), body };
}

export function fileOf(type: ContentType): { file: string; entry: string } | undefined {
  if (type.kind === 'file') return { file: type.file, entry: `${type.name}/entries/${type.name}` };
  const extension = type.format === 'frontmatter' ? '.md' : '.yaml';
  const first = readdirSync(fromRepoRoot(type.folder))
    .filter((name) => name.endsWith(extension))
    .sort()[0];
  if (!first) return undefined;
  return { file: join(type.folder, first), entry: `${type.name}/entries/${first.slice(0, -extension.length)}` };
}

/** The edited text, if the field takes it: a one-line text the field's own pattern accepts. */
function editedText(field: CmsField, value: unknown): string | undefined {
  if (!['string', 'text'].includes(field.widget) || typeof value !== 'string' || value === '') return undefined;
  if (value.includes('\n')) return undefined;
  const edited = `${EDIT_MARK}${value}`;
  return field.pattern && !new RegExp(field.pattern[0]).test(edited) ? undefined : edited;
}

/** The last item of the first list whose removal keeps the entry valid and whose summary names it alone. */
function removalOf(fields: CmsField[], data: Data, keepsValid: (edited: Data) => boolean): ItemRemoval | undefined {
  for (const list of fields.filter((field) => field.widget === 'list' && field.fields)) {
    const items: unknown[] = Array.isArray(data[list.name]) ? (data[list.name] as unknown[]) : [];
    const summaryField = /\{\{fields\.(\w+)\}\}/.exec(list.summary ?? '')?.[1];
    if (summaryField === undefined || items.length < Math.max(2, (list.min ?? 0) + 1)) continue;
    const summaries = items.map((item) => (item as Data)[summaryField]);
    const summary = summaries.at(-1);
    if (typeof summary !== 'string' || summaries.indexOf(summary) !== items.length - 1) continue;
    if (keepsValid({ ...data, [list.name]: items.slice(0, -1) }))
      return { label: list.label, name: list.name, summary };
  }
  return undefined;
}

export function scalarEdits(today: string): ScalarEdit[] {
  return contentTypes.flatMap((type): ScalarEdit[] => {
    const where = fileOf(type);
    if (!where) return [];
    const data = entryDataOf(where.file, type.kind === 'folder' && type.format === 'frontmatter');
    const issues = entryIssues(type, data, today).length;
    const keepsValid = (edited: Data) => entryIssues(type, edited, today).length === issues;
    const fields = fieldsFor(jsonSchemaOf(type.schema));
    const removal = removalOf(fields, data, keepsValid);
    const base = { collection: type.name, ...where, ...(removal && { removal }) };
    for (const field of fields) {
      const value = editedText(field, data[field.name]);
      if (value !== undefined && keepsValid({ ...data, [field.name]: value })) {
        return [{ ...base, labels: [field.label], value }];
      }
    }
    for (const list of fields.filter((field) => field.widget === 'list' && field.fields)) {
      const items: unknown[] = Array.isArray(data[list.name]) ? (data[list.name] as unknown[]) : [];
      const first = items[0] as Data | undefined;
      const summaryField = /\{\{fields\.(\w+)\}\}/.exec(list.summary ?? '')?.[1];
      const summary = summaryField === undefined ? undefined : first?.[summaryField];
      if (!first || typeof summary !== 'string') continue;
      // A text of the item itself, else one inside an object of the item (a period's decision).
      const candidates = (list.fields ?? []).flatMap((field) => {
        const inner = first[field.name];
        const own = {
          labels: [field.label],
          field,
          current: inner,
          set: (text: string) => ({ ...first, [field.name]: text }),
        };
        if (field.widget !== 'object' || typeof inner !== 'object' || inner === null) return [own];
        return (field.fields ?? []).map((sub) => ({
          labels: [field.label, sub.label],
          field: sub,
          current: (inner as Data)[sub.name],
          set: (text: string) => ({ ...first, [field.name]: { ...(inner as Data), [sub.name]: text } }),
        }));
      });
      for (const { labels, field, current, set } of candidates) {
        const value = editedText(field, current);
        if (value === undefined) continue;
        const edited = { ...data, [list.name]: [set(value), ...items.slice(1)] };
        if (keepsValid(edited)) return [{ ...base, item: summary, labels, value }];
      }
    }
    return [];
  });
}
