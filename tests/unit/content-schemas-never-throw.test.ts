/**
 * An editor's hand edit can put anything in any field. Every content schema must answer each such
 * edit with messages (the admin and `publish:check` show them at the field), never by throwing: a
 * cross-field rule that reads a malformed value once crashed the publish check.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { CONTENT, type ContentType } from '../../content/registry.ts';
import { fromRepoRoot } from '../../core/repo-paths.ts';

const BAD_VALUES: unknown[] = ['E2E x', '', -1, 0.5, null, [], {}];

/** Every path to a leaf (a string, number or boolean) of a parsed YAML document. */
function leafPaths(value: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
  if (Array.isArray(value)) return value.flatMap((item, index) => leafPaths(item, [...path, index]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => leafPaths(item, [...path, key]));
  return [path];
}

function withLeaf(document: unknown, path: Array<string | number>, leaf: unknown): unknown {
  const copy = structuredClone(document) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1) ?? ''] = leaf;
  return copy;
}

/** The YAML documents of a type: its one file, or every file of a YAML folder. */
function documentsOf(type: ContentType): Array<{ name: string; data: unknown }> {
  const read = (file: string): unknown => parse(readFileSync(fromRepoRoot(file), 'utf8'));
  if (type.kind === 'file') return [{ name: type.file, data: read(type.file) }];
  if (type.format !== 'yaml') return [];
  return readdirSync(fromRepoRoot(type.folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.yaml') || file.endsWith('.yml'))
    .map((file) => ({ name: join(type.folder, file), data: read(join(type.folder, file)) }));
}

for (const [id, type] of Object.entries(CONTENT) as Array<[string, ContentType]>) {
  const documents = documentsOf(type);
  if (documents.length === 0) continue;
  test(`${id}: any value in any field gets messages, never an exception`, () => {
    for (const { name, data } of documents) {
      for (const path of leafPaths(data)) {
        for (const leaf of BAD_VALUES) {
          assert.doesNotThrow(
            () => type.schema.safeParse(withLeaf(data, path, leaf)),
            `${name}: ${path.join('.')} = ${JSON.stringify(leaf)}`,
          );
        }
      }
    }
  });
}
