/**
 * Applies an edit to the original YAML text instead of re-serialising the whole file (Decap's own
 * format rewrites every line and drops comments: decap-cms issue #5099). The original is parsed
 * with the `yaml` Document API only to find where each value sits; the text of every unchanged
 * node, comment, quote style and key order stays byte for byte, and only the changed nodes' text
 * is replaced. A full round-trip through the Document API would still refold long lines and
 * respace flow lists (eemeli/yaml #207), hence the text splice.
 *
 * The result is checked: it must parse back to exactly the edited data. Whatever the splice
 * cannot express (an anchor whose aliases would change with it, a value turning from a list into
 * text) falls back to a full serialisation that keeps the file's leading comment.
 */
import {
  Document,
  Scalar,
  isAlias,
  isCollection,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  type Node as YamlNode,
  type Pair,
} from 'yaml';
import { commonSubsequence } from '../../core/common-subsequence.ts';

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Something the splice cannot express; the caller falls back to a full serialisation. */
class Unsupported extends Error {}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** JSON with sorted keys, so two equal values compare equal whatever their key order. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isObject(value)) {
    return `{${Object.keys(value)
      .filter((key) => value[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
      .join(',')}}`;
  }
  if (value === undefined) return 'null';
  return JSON.stringify(value instanceof Date ? value.toISOString() : value);
}

const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

/** Lists of one length, or maps with the same keys: a flow collection can be edited item by item. */
function sameShape(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length;
  if (isObject(a) && isObject(b)) return same(Object.keys(a).sort(), Object.keys(b).sort());
  return false;
}

/** An empty form value the file never had: writing it would only add noise. */
const isBlank = (value: unknown) =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (isObject(value) && Object.keys(value).length === 0);

/** The edited data without blank values for keys the original did not have. */
function withoutNewBlanks(next: unknown, old: unknown): unknown {
  if (Array.isArray(next) && Array.isArray(old)) {
    return next.map((item, index) => withoutNewBlanks(item, old[index]));
  }
  if (Array.isArray(next)) return next.map((item) => withoutNewBlanks(item, undefined));
  if (!isObject(next)) return next;
  const before = isObject(old) ? old : {};
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(next)) {
    if (!(key in before) && isBlank(value)) continue;
    result[key] = withoutNewBlanks(value, before[key]);
  }
  return result;
}

class Splicer {
  readonly edits: Edit[] = [];
  readonly source: string;
  constructor(source: string) {
    this.source = source;
  }

  lineStart(position: number): number {
    return this.source.lastIndexOf('\n', position - 1) + 1;
  }

  /** The position after the line break that ends the line holding the character before `position`. */
  lineEndAfter(position: number): number {
    const newline = this.source.indexOf('\n', Math.max(0, position - 1));
    return newline === -1 ? this.source.length : newline + 1;
  }

  indentOf(position: number): number {
    const start = this.lineStart(position);
    return /^ */.exec(this.source.slice(start))?.[0].length ?? 0;
  }

  /** Where a node's own text ends (a collection: where its last value ends), without trailing comments. */
  contentEnd(node: YamlNode | null | undefined, fallback: number): number {
    if (!node?.range) return fallback;
    if (isMap(node) && !node.flow) {
      const last = node.items.at(-1);
      return last ? this.contentEnd(last.value as YamlNode | null, keyEnd(last)) : node.range[1];
    }
    if (isSeq(node) && !node.flow) {
      const last = node.items.at(-1) as YamlNode | undefined;
      return last ? this.contentEnd(last, node.range[1]) : node.range[1];
    }
    return node.range[1];
  }

  replace(start: number, end: number, text: string): void {
    this.edits.push({ start, end, text });
  }

  apply(): string {
    let text = this.source;
    // From the end, so earlier positions stay valid; at one position the removal goes before the insertion.
    for (const edit of [...this.edits].sort((a, b) => b.start - a.start || b.end - a.end)) {
      text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
    }
    return text;
  }
}

function keyEnd(pair: Pair): number {
  return (pair.key as YamlNode | null)?.range?.[1] ?? 0;
}

const render = (value: unknown, options: { flow?: boolean; padding?: boolean } = {}) => {
  const doc = new Document();
  doc.contents = doc.createNode(value, { flow: options.flow ?? false });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: options.padding ?? true }).replace(/\n$/, '');
};

const indentLines = (text: string, indent: number) =>
  text
    .split('\n')
    .map((line) => (line === '' ? line : ' '.repeat(indent) + line))
    .join('\n');

/** A multi-line string as a literal block whose lines sit at `indent`. */
function literalBlock(value: string, indent: number): string {
  const trailing = /\n*$/.exec(value)?.[0].length ?? 0;
  const chomp = trailing === 0 ? '-' : trailing === 1 ? '' : '+';
  const body = trailing > 0 ? value.slice(0, -1) : value;
  return `|${chomp}\n${indentLines(body, indent)}`;
}

/** A scalar in the style of the one it replaces: same quotes, same number of decimals. */
function renderScalar(value: unknown, like: YamlNode | null, indent: number): string {
  if (typeof value === 'string' && value.includes('\n')) {
    if (/^ /.test(value)) return JSON.stringify(value);
    return literalBlock(value, indent);
  }
  const scalar = new Scalar(value);
  if (isScalar(like) && typeof like.value === typeof value) {
    if (like.type && like.type !== Scalar.BLOCK_FOLDED && like.type !== Scalar.BLOCK_LITERAL) scalar.type = like.type;
    if (like.format !== undefined) scalar.format = like.format;
    if (like.minFractionDigits !== undefined) scalar.minFractionDigits = like.minFractionDigits;
  }
  return render(scalar);
}

/**
 * @param owner the column of the key or list dash that owns the node (-2 for the document), so
 *   a value written as a block sits two columns further in.
 */
function patchNode(splicer: Splicer, node: YamlNode | null, old: unknown, next: unknown, owner: number): void {
  if (same(old, next)) return;
  if (!node?.range) throw new Unsupported('a value without text');
  const [start, end] = node.range;
  const indent = owner + 2;
  const nextIsCollection = Array.isArray(next) || isObject(next);

  if (isCollection(node) && node.flow && !sameShape(old, next)) {
    // A flow list or map that gains or loses items is one short line: written anew in its spacing.
    const padding = /^[[{] /.test(splicer.source.slice(start, end));
    if (isSeq(node) && Array.isArray(old) && Array.isArray(next)) {
      splicer.replace(start, end, flowListText(splicer, node, old, next, padding));
      return;
    }
    splicer.replace(start, end, render(next, { flow: true, padding }));
    return;
  }
  if (isMap(node) && isObject(old) && isObject(next)) {
    patchMap(splicer, node, old, next);
    return;
  }
  if (isSeq(node) && node.flow && Array.isArray(old) && Array.isArray(next)) {
    // Same length (sameShape): each changed item in place, keeping its quotes.
    node.items.forEach((item, index) => {
      patchNode(splicer, item as YamlNode, old[index], next[index], indent);
    });
    return;
  }
  if (isSeq(node) && Array.isArray(old) && Array.isArray(next) && next.length === 0) {
    // The last item removed: `key:` and its items become `key: []`.
    let from = start;
    while (from > 0 && /\s/.test(splicer.source[from - 1] ?? '')) from -= 1;
    const stop = splicer.lineEndAfter(splicer.contentEnd(node, end));
    splicer.replace(from, splicer.source[stop - 1] === '\n' ? stop - 1 : stop, ' []');
    return;
  }
  if (isSeq(node) && Array.isArray(old) && Array.isArray(next)) {
    patchSeq(splicer, node, old, next);
    return;
  }
  if ((isScalar(node) || isAlias(node)) && !nextIsCollection) {
    splicer.replace(start, end, renderScalar(next, node, indent));
    return;
  }
  if ((isScalar(node) || isAlias(node)) && nextIsCollection) {
    // `key: *alias` or `key: text` becomes a block under the key.
    let from = start;
    while (from > 0 && splicer.source[from - 1] === ' ') from -= 1;
    splicer.replace(from, end, `\n${indentLines(render(next), indent)}`);
    return;
  }
  throw new Unsupported('a collection turned into a single value');
}

/**
 * A flow list with items added or removed, e.g. an office's `breaks: [{ from: '12:00', to: '12:45' }]`:
 * the items kept, in order, keep their text (and quotes); only new ones are written.
 */
function flowListText(
  splicer: Splicer,
  node: import('yaml').YAMLSeq,
  old: unknown[],
  next: unknown[],
  padding: boolean,
): string {
  // A new map or list item spaced like the first one there: `{ from: '12:00', to: '12:45' }`.
  const first = (node.items[0] as YamlNode | undefined)?.range;
  const inner = first ? /^[[{] /.test(splicer.source.slice(first[0], first[1])) : padding;
  let from = 0;
  const items = next.map((item) => {
    const at = old.findIndex((candidate, index) => index >= from && same(candidate, item));
    const range = at === -1 ? undefined : (node.items[at] as YamlNode | undefined)?.range;
    // Written inside a flow list, so that a comma in a text gets quotes.
    if (!range) return render([item], { flow: true, padding: inner }).slice(1, -1).trim();
    from = at + 1;
    return splicer.source.slice(range[0], range[1]);
  });
  if (items.length === 0) return '[]';
  const space = padding ? ' ' : '';
  return `[${space}${items.join(', ')}${space}]`;
}

function patchMap(
  splicer: Splicer,
  node: import('yaml').YAMLMap,
  old: Record<string, unknown>,
  next: Record<string, unknown>,
): void {
  const pairs = new Map(node.items.map((pair) => [String((pair.key as Scalar | null)?.value), pair]));
  const firstKey = node.items[0]?.key as YamlNode | undefined;
  const keyIndent = firstKey?.range ? firstKey.range[0] - splicer.lineStart(firstKey.range[0]) : 0;
  let previous: Pair | undefined;
  for (const [key, value] of Object.entries(next)) {
    const pair = pairs.get(key);
    if (pair && key in old) {
      patchNode(splicer, pair.value as YamlNode | null, old[key], value, keyIndent);
      previous = pair;
      continue;
    }
    if (value === undefined) continue;
    // A new key goes after the key it follows in the form, or at the end.
    const after = previous ?? node.items.at(-1);
    if (!after) throw new Unsupported('an empty block map');
    const at = splicer.lineEndAfter(splicer.contentEnd(after.value as YamlNode | null, keyEnd(after)));
    const prefix = at === splicer.source.length && !splicer.source.endsWith('\n') ? '\n' : '';
    splicer.replace(at, at, `${prefix}${indentLines(render({ [key]: value }), keyIndent)}\n`);
  }
  for (const [key, pair] of pairs) {
    if (key in next && next[key] !== undefined) continue;
    const keyStart = (pair.key as YamlNode).range?.[0] ?? 0;
    const from = splicer.lineStart(keyStart);
    if (splicer.source.slice(from, keyStart).trim() !== '')
      throw new Unsupported('removing the first key of a list item');
    splicer.replace(from, splicer.lineEndAfter(splicer.contentEnd(pair.value as YamlNode | null, keyEnd(pair))), '');
  }
}

function patchSeq(splicer: Splicer, node: import('yaml').YAMLSeq, old: unknown[], next: unknown[]): void {
  const items = node.items as YamlNode[];
  const first = items[0];
  if (!first?.range) throw new Unsupported('an empty block list');
  const dashIndent = splicer.indentOf(first.range[0]);
  const itemEnd = (index: number) => splicer.lineEndAfter(splicer.contentEnd(items[index], 0));
  const insert = (afterOld: number, values: unknown[]) => {
    if (values.length === 0) return;
    const at = afterOld < 0 ? splicer.lineStart(first.range?.[0] ?? 0) : itemEnd(afterOld);
    const prefix = at === splicer.source.length && !splicer.source.endsWith('\n') ? '\n' : '';
    splicer.replace(at, at, `${prefix}${indentLines(render(values), dashIndent)}\n`);
  };
  const remove = (index: number) => {
    const start = items[index]?.range?.[0] ?? 0;
    let from = splicer.lineStart(start);
    if (!/^ *- *$/.test(splicer.source.slice(from, start))) throw new Unsupported('a list item after other text');
    // The comment lines right above an item belong to it.
    while (from > 0) {
      const above = splicer.lineStart(from - 1);
      const line = splicer.source.slice(above, from - 1);
      if (!/^ *#/.test(line) || splicer.indentOf(above) !== dashIndent) break;
      from = above;
    }
    splicer.replace(from, itemEnd(index), '');
  };

  const matches: Array<[number, number]> = [
    ...commonSubsequence(old.map(canonical), next.map(canonical)),
    [old.length, next.length],
  ];
  let oldAt = 0;
  let nextAt = 0;
  for (const [oldMatch, nextMatch] of matches) {
    // Between two equal items: changed items are edited in place, the rest added or removed.
    const changed = Math.min(oldMatch - oldAt, nextMatch - nextAt);
    for (let k = 0; k < changed; k += 1) {
      patchNode(splicer, items[oldAt + k] ?? null, old[oldAt + k], next[nextAt + k], dashIndent);
    }
    for (let k = oldAt + changed; k < oldMatch; k += 1) remove(k);
    insert(oldAt + changed - 1, next.slice(nextAt + changed, nextMatch));
    oldAt = oldMatch + 1;
    nextAt = nextMatch + 1;
  }
}

/** Plain data of a YAML text (aliases resolved), as Decap's own YAML format reads it. */
export function parseYaml(text: string): Record<string, unknown> {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) throw new Error(`YAML: ${doc.errors.map((error) => error.message).join('; ')}`);
  return (doc.toJS() ?? {}) as Record<string, unknown>;
}

/** A whole new text, for a file without an original or an edit the splice cannot express. */
export function serializeYaml(data: Record<string, unknown>, leadingComment?: string | null): string {
  const doc = new Document(data);
  if (leadingComment) doc.commentBefore = leadingComment;
  return doc.toString({ lineWidth: 0 });
}

/** The original text with only the changed values rewritten; see the module comment. */
export function patchYaml(original: string, data: Record<string, unknown>): string {
  const doc = parseDocument(original);
  const old = (doc.toJS() ?? {}) as Record<string, unknown>;
  const next = withoutNewBlanks(data, old) as Record<string, unknown>;
  if (same(old, next)) return original;
  try {
    const splicer = new Splicer(original);
    patchNode(splicer, doc.contents, old, next, -2);
    const patched = splicer.apply();
    // A splice that does not read back as the edit (e.g. an anchor changed with its aliases) is not written.
    if (!parseDocument(patched).errors.length && same(parseYaml(patched), next)) return patched;
  } catch (error) {
    if (!(error instanceof Unsupported)) throw error;
  }
  return serializeYaml(next, doc.commentBefore);
}
