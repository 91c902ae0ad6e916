/**
 * Validates every content file against its content type's zod schema and reports every problem
 * (the Astro build stops at the first), each line naming the file, the field path and its
 * Russian label: «content/company.yaml: inn («ИНН»): ИНН должен …».
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readEntry } from '../../core/content/read-entry.ts';
import type { ContentType } from '../content-types.ts';
import { jsonSchemaOf } from '../fields.ts';
import { fieldLabel, schemaOn } from '../admin/save-gate.ts';

function filesOf(type: ContentType, root: string): string[] {
  if (type.kind === 'file') return [join(root, type.file)];
  const extension = type.format === 'frontmatter' ? '.md' : '.yaml';
  return readdirSync(join(root, type.folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => join(root, type.folder, name));
}

/** @param today «YYYY-MM-DD» in the company time zone, for rules that depend on the date */
export function validateContent(types: ContentType[], root: string, today: string): string[] {
  return types.flatMap((type) => {
    const json = jsonSchemaOf(type.schema);
    const schema = schemaOn(type, today);
    return filesOf(type, root).flatMap((path) => {
      const file = relative(root, path);
      let data: unknown;
      try {
        data = readEntry(path);
      } catch (error) {
        return [`${file}: не читается как YAML: ${(error as Error).message.split('\n')[0] ?? ''}`];
      }
      const result = schema.safeParse(data);
      if (result.success) return [];
      return result.error.issues.map((issue) => {
        const where = issue.path.length > 0 ? `${issue.path.join('.')} («${fieldLabel(json, issue.path)}»): ` : '';
        return `${file}: ${where}${issue.message}`;
      });
    });
  });
}

/** Uploaded files over the CMS limit, which slow every visitor who opens them. */
export function uploadProblems(root: string, folder: string, maxBytes: number): string[] {
  const dir = join(root, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile() && statSync(path).size > maxBytes)
    .map(
      (path) =>
        `${relative(root, path)}: файл больше ${String(maxBytes / 1024 / 1024)} МБ; уменьшите его или разместите документ частями`,
    );
}
