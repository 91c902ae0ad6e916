/**
 * The data part of a content file, unvalidated: the YAML object of a `.yaml` file, the front
 * matter of a Markdown file. Callers validate it with the content type's schema.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

export function readEntry(path: string): unknown {
  const text = readFileSync(path, 'utf8');
  if (!path.endsWith('.md')) return parse(text);
  const header = FRONTMATTER.exec(text);
  return header ? parse(header[1] ?? '') : {};
}
