/**
 * The repository's import graph and its two rules (README «Architecture»): every import points
 * down the layers, and no module imports itself through others (no cycles). Type-only imports
 * count: a type from the server in a page is still the page knowing the server.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

/** Which top-level folders each folder may import from (besides itself). */
export const ALLOWED_IMPORTS: Readonly<Record<string, readonly string[]>> = {
  content: [],
  core: ['content'],
  site: ['core', 'content'],
  cms: ['core', 'content'],
  monitoring: ['core', 'content'],
  'forms-api': ['core', 'content', 'monitoring'],
  // Tests and the root build files see the whole tree.
  tests: ['*'],
  '.': ['*'],
};

export interface ImportEdge {
  from: string;
  to: string;
}

const SOURCE = /\.(ts|mts|mjs|astro)$/;
// Static and dynamic imports, `export … from`, and `import('…')` in type positions.
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]+)\1/g;

/** Repository-relative paths of the source files git knows (tracked or new, not ignored). */
export function sourceFiles(root: string): string[] {
  return execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\n')
    .filter((file) => SOURCE.test(file) && existsSync(join(root, file)));
}

/** Relative imports of source files that resolve to other source files. */
export function importEdges(root: string, files: readonly string[]): ImportEdge[] {
  const known = new Set(files);
  const edges: ImportEdge[] = [];
  for (const from of files) {
    const text = readFileSync(join(root, from), 'utf8');
    for (const match of text.matchAll(SPECIFIER)) {
      const to = normalize(join(dirname(from), match[2] ?? ''))
        .split('\\')
        .join('/');
      if (known.has(to)) edges.push({ from, to });
    }
  }
  return edges;
}

export function layerOf(file: string): string {
  // A face's own tests (forms-api/test/) may use the shared test helpers like tests/ does.
  if (file.split('/').includes('test')) return 'tests';
  const top = file.includes('/') ? (file.split('/')[0] ?? '.') : '.';
  return top in ALLOWED_IMPORTS ? top : '.';
}

/** Imports that point the wrong way, as «from → to». */
export function forbiddenImports(edges: readonly ImportEdge[]): string[] {
  return edges
    .filter(({ from, to }) => {
      const [source, target] = [layerOf(from), layerOf(to)];
      const allowed = ALLOWED_IMPORTS[source] ?? [];
      return source !== target && !allowed.includes('*') && !allowed.includes(target);
    })
    .map(({ from, to }) => `${from} → ${to}`);
}

/** Every import cycle, each as the files in it (Tarjan's strongly connected components). */
export function importCycles(edges: readonly ImportEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) next.set(from, [...(next.get(from) ?? []), to]);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let counter = 0;
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const target of next.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(target) ?? 0));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(target) ?? 0));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    const selfImport = (next.get(node) ?? []).includes(node);
    if (component.length > 1 || selfImport) cycles.push(component.sort());
  };
  for (const node of next.keys()) if (!index.has(node)) visit(node);
  return cycles;
}
