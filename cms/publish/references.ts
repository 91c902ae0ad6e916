/**
 * Fields that name an item of another file's list (`.meta({ references })` in the zod schema).
 * Each file passes its own schema alone, so an outage naming a network company that is not in the
 * list (a typo, a company removed) would publish and show the outage without its emergency
 * phone; the publish check refuses it instead.
 */
import { join } from 'node:path';
import type { ContentReference } from '../../content/schemas/common.ts';
import type { ContentType } from '../content-types.ts';
import { jsonSchemaOf, type JsonSchema } from '../fields.ts';
import { fieldLabel } from '../admin/save-gate.ts';
import { readEntry } from '../../core/content/read-entry.ts';

/** Where a referencing field sits: its path, `*` for every item of a list. */
interface ReferencingField {
  path: string[];
  reference: ContentReference;
}

function referencingFields(node: JsonSchema, path: string[] = []): ReferencingField[] {
  if (node.references) return [{ path, reference: node.references }];
  if (node.items) return referencingFields(node.items, [...path, '*']);
  return Object.entries(node.properties ?? {}).flatMap(([name, child]) => referencingFields(child, [...path, name]));
}

/** Every value at `path` with its concrete path (list positions as numbers). */
function valuesAt(data: unknown, path: string[], at: PropertyKey[] = []): Array<{ at: PropertyKey[]; value: unknown }> {
  const [head, ...rest] = path;
  if (head === undefined) return [{ at, value: data }];
  if (head === '*')
    return Array.isArray(data) ? data.flatMap((item, index) => valuesAt(item, rest, [...at, index])) : [];
  return typeof data === 'object' && data !== null
    ? valuesAt((data as Record<string, unknown>)[head], rest, [...at, head])
    : [];
}

/** One line per dangling reference, naming the file, the field and the keys there are. */
export function referenceProblems(types: readonly ContentType[], root: string): string[] {
  const read = (type: ContentType | undefined): unknown => {
    if (type?.kind !== 'file') return undefined;
    try {
      return readEntry(join(root, type.file));
    } catch {
      // A file that does not read is reported by validateContent.
      return undefined;
    }
  };
  return types.flatMap((type) => {
    if (type.kind !== 'file') return [];
    const data = read(type);
    const json = jsonSchemaOf(type.schema);
    return referencingFields(json).flatMap(({ path, reference }) => {
      const target = read(types.find((candidate) => candidate.name === reference.collection));
      const known = valuesAt(target, [reference.list, '*', reference.key]).map(({ value }) => String(value));
      return valuesAt(data, path).flatMap(({ at, value }) =>
        // Anything but a filled-in string is the schema's to report.
        typeof value !== 'string' || value === '' || known.includes(value)
          ? []
          : [
              `${type.file}: ${at.map(String).join('.')} («${fieldLabel(json, at)}»): «${value}» нет в разделе «${reference.section}»; ` +
                `выберите одну из: ${known.join(', ')}`,
            ],
      );
    });
  });
}
