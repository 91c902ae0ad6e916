/**
 * Decap file formats that write an edit as a small change to the original file (yaml-patch.ts):
 * comments, key order, quotes and untouched lines stay, so a saved edit is a reviewable Git diff.
 *
 * Decap hands a format's `toFile` only the entry's data, not the file it came from. The entry in
 * the save event still carries the text Decap loaded (`raw`), so the save gate passes it along
 * inside the data under ORIGINAL_KEY (`withOriginal`), and `toFile` takes it out again. Decap's
 * other callers of `toFile` (the draft backup in the browser) get a plain serialisation.
 */
import { FRONTMATTER_FORMAT, YAML_FORMAT } from '../config.ts';
import { decap, type ImmutableMap } from './decap.ts';
import { parseYaml, patchYaml, serializeYaml } from './yaml-patch.ts';

const ORIGINAL_KEY = '__esOriginalText';

type Data = Record<string, unknown>;

/** The entry's data to save, carrying the text Decap loaded (none for a new entry) for `toFile`. */
export function withOriginal(entry: ImmutableMap): ImmutableMap {
  const data = entry.get('data') as ImmutableMap;
  const raw = entry.get('raw');
  return typeof raw === 'string' && raw !== '' ? data.set(ORIGINAL_KEY, raw) : data;
}

function takeOriginal(data: Data): { original?: string; rest: Data } {
  const { [ORIGINAL_KEY]: original, ...rest } = data;
  return typeof original === 'string' ? { original, rest } : { rest };
}

/** Keys in the order of the form's fields (Decap's `sortedKeys`), for files written anew. */
function ordered(data: Data, sortedKeys: string[] = []): Data {
  const rank = (key: string) => {
    const index = sortedKeys.indexOf(key);
    return index === -1 ? sortedKeys.length : index;
  };
  return Object.fromEntries(Object.entries(data).sort(([a], [b]) => rank(a) - rank(b)));
}

export function yamlFromFile(text: string): Data {
  return parseYaml(text);
}

export function yamlToFile(data: Data, sortedKeys?: string[]): string {
  const { original, rest } = takeOriginal(data);
  return original === undefined ? serializeYaml(ordered(rest, sortedKeys)) : patchYaml(original, rest);
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)^---[ \t]*(?:\r?\n|$)/m;

/** A Markdown file's header and body, split as gray-matter (Decap's own parser) splits them. */
function splitFrontmatter(text: string): { header: string; body: string } {
  const match = FRONTMATTER.exec(text);
  if (match?.index !== 0) return { header: '', body: text };
  return { header: match[1] ?? '', body: text.slice(match[0].length) };
}

export function frontmatterFromFile(text: string): Data {
  const { header, body } = splitFrontmatter(text);
  return { ...parseYaml(header), ...(body.trim() !== '' && { body }) };
}

export function frontmatterToFile(data: Data, sortedKeys?: string[]): string {
  const { original, rest } = takeOriginal(data);
  const { body = '', ...meta } = rest;
  const text = typeof body === 'string' ? body : '';
  if (original === undefined) return `---\n${serializeYaml(ordered(meta, sortedKeys))}---\n${text}`;
  const parts = splitFrontmatter(original);
  const header = patchYaml(parts.header, meta);
  return `---\n${header}${header.endsWith('\n') || header === '' ? '' : '\n'}---\n${text}`;
}

export function registerFileFormats(): void {
  decap.CMS.registerCustomFormat(YAML_FORMAT, 'yaml', { fromFile: yamlFromFile, toFile: yamlToFile });
  decap.CMS.registerCustomFormat(FRONTMATTER_FORMAT, 'md', {
    fromFile: frontmatterFromFile,
    toFile: frontmatterToFile,
  });
}
