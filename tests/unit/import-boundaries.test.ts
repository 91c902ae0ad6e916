/** The layers only point down and nothing imports itself through others (README «Architecture»). */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { forbiddenImports, importCycles, importEdges, sourceFiles } from '../support/import-graph.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** A throwaway git repository with the given files, for planted violations. */
function plantedRepo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'import-graph-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  execFileSync('git', ['init', '-q'], { cwd: dir });
  return dir;
}

test('no folder imports a folder above it or beside it', () => {
  const edges = importEdges(root, sourceFiles(root));
  assert.ok(edges.length > 500, `the graph has ${String(edges.length)} imports: the scan found too few`);
  assert.deepEqual(forbiddenImports(edges), []);
});

test('no import cycles anywhere in the repository', () => {
  assert.deepEqual(importCycles(importEdges(root, sourceFiles(root))), []);
});

test('a planted import from the site into the server is caught, type-only and in .astro too', () => {
  const dir = plantedRepo({
    'forms-api/src/service.ts': 'export const x = 1;\n',
    'site/lib/uses-server.ts': "import { x } from '../../forms-api/src/service.ts';\nexport const y = x;\n",
    'site/pages/page.astro': "---\nimport type { x } from '../../forms-api/src/service.ts';\n---\n",
    'core/dates.ts': 'export const z = 1;\n',
    'site/lib/fine.ts': "import { z } from '../../core/dates.ts';\n",
  });
  assert.deepEqual(forbiddenImports(importEdges(dir, sourceFiles(dir))).sort(), [
    'site/lib/uses-server.ts → forms-api/src/service.ts',
    'site/pages/page.astro → forms-api/src/service.ts',
  ]);
});

test('a planted cycle is caught with every file in it', () => {
  const dir = plantedRepo({
    'forms-api/a.ts': "import { b } from './b.ts';\nexport const a = b;\n",
    'forms-api/b.ts': "import { c } from './c.ts';\nexport const b = c;\n",
    'forms-api/c.ts': "import type { a } from './a.ts';\nexport const c = 1;\n",
  });
  assert.deepEqual(importCycles(importEdges(dir, sourceFiles(dir))), [
    ['forms-api/a.ts', 'forms-api/b.ts', 'forms-api/c.ts'],
  ]);
});
