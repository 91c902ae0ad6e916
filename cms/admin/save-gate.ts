/**
 * The last check before Decap writes a file: the content type's whole zod schema, including rules
 * that span fields (a free 8-800 number, online tasks first). A failure stops the save; the
 * problems stay on screen (save-problems.ts), each naming its field by the Russian labels. Rules
 * of one field are also checked at the field itself (formats.ts), and rules across fields under
 * the field zod names (entry-rules.ts), so only a rule no field owns gets this far.
 */
import type { z } from 'zod';
import type { ContentType } from '../content-types.ts';
import { jsonSchemaOf, type JsonSchema } from '../fields.ts';
import { entryData, type ImmutableMap } from './decap.ts';
import { withOriginal } from './file-formats.ts';
import { showSaveProblems } from './save-problems.ts';

/** «Телефоны → 2 → Номер» for the path phones.1.number, from the schema's Russian titles. */
export function fieldLabel(schema: JsonSchema, path: PropertyKey[]): string {
  const parts: string[] = [];
  let node: JsonSchema | undefined = schema;
  for (const key of path) {
    if (typeof key === 'number') {
      parts.push(String(key + 1));
      node = node?.items;
    } else {
      node = node?.properties?.[String(key)];
      parts.push(node?.title ?? String(key));
    }
  }
  return parts.join(' → ');
}

/** The check of a content type's file as of `today` («YYYY-MM-DD»). */
export function schemaOn(type: ContentType, today: string): z.ZodType {
  return type.schemaAsOf?.(today) ?? type.schema;
}

/** «YYYY-MM-DD» on the editor's computer, which is in the company's time zone. */
export const localToday = (): string => new Date().toLocaleDateString('en-CA');

/** zod's issues with an entry, as of `today`: the field rules and the rules across fields. */
export function entryIssues(
  type: ContentType,
  data: Record<string, unknown>,
  today = localToday(),
): z.core.$ZodIssue[] {
  const result = schemaOn(type, today).safeParse(data);
  return result.success ? [] : result.error.issues;
}

/** Russian problems of one entry, or none. */
export function entryProblems(
  type: ContentType,
  data: Record<string, unknown>,
  isNew: boolean,
  today = localToday(),
): string[] {
  const json = jsonSchemaOf(type.schema);
  const problems = entryIssues(type, data, today).map((issue) => {
    const label = issue.path.length > 0 ? `«${fieldLabel(json, issue.path)}»: ` : '';
    return `${label}${issue.message}`;
  });
  // A new file is named by the slug field, so it must be filled even where zod lets it be empty.
  const slugField = type.kind === 'folder' ? /\{\{fields\.(\w+)\}\}/.exec(type.slug)?.[1] : undefined;
  if (isNew && slugField && (data[slugField] === undefined || data[slugField] === '')) {
    problems.push(`«${json.properties?.[slugField]?.title ?? slugField}»: заполните — это имя файла и адрес на сайте`);
  }
  return problems;
}

export function saveGate(types: ContentType[]) {
  return ({ entry }: { entry: ImmutableMap }): unknown => {
    const type = types.find((candidate) => candidate.name === entry.get('collection'));
    if (!type) return entry.get('data');
    const problems = entryProblems(type, entryData(entry), entry.get('newRecord') === true);
    showSaveProblems(problems);
    if (problems.length > 0) throw new Error(`не сохранено, исправьте: ${problems.join('; ')}`);
    return withOriginal(entry);
  };
}
