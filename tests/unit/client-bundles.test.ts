/**
 * What the browser downloads stays small: no client script (a component's or page's <script>, or
 * anything it imports) bundles zod or the whole Russian dictionary. zod alone is 21 KB brotli and
 * its `new Function` probe trips the CSP; each script carries only its own strings.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { build } from 'esbuild';
import { sourceFiles } from '../support/import-graph.ts';
import { fromRepoRoot } from '../../core/repo-paths.ts';

const root = fromRepoRoot('.');
const FORBIDDEN = [/(^|\/)node_modules\/zod\//, /(^|\/)core\/i18n\/ru\.json$/];

/** The bodies of processed (bundled) <script> elements: not `is:inline`, not JSON data. */
function clientScripts(astroFile: string): string[] {
  const text = readFileSync(join(root, astroFile), 'utf8');
  // Self-closing elements (`<script is:inline set:html={…} />`) have no body.
  return [...text.matchAll(/<script(\s[^>]*?)?(?<!\/)>([\s\S]*?)<\/script>/g)]
    .filter((match) => !/is:inline|type=|set:html/.test(match[1] ?? ''))
    .map((match) => match[2] ?? '');
}

/** Repository paths of every module that ends up in the script's bundle (after tree shaking). */
async function bundledInputs(astroFile: string, script: string): Promise<string[]> {
  const result = await build({
    stdin: { contents: script, resolveDir: join(root, dirname(astroFile)), loader: 'ts', sourcefile: astroFile },
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    logLevel: 'silent',
    absWorkingDir: root,
  });
  return Object.values(result.metafile.outputs).flatMap((output) =>
    Object.entries(output.inputs)
      .filter(([, use]) => use.bytesInOutput > 0)
      .map(([input]) => input),
  );
}

const scripts = sourceFiles(root)
  .filter((file) => file.startsWith('site/') && file.endsWith('.astro'))
  .flatMap((file) => clientScripts(file).map((script) => ({ file, script })));

test('the client scripts are found', () => {
  assert.ok(scripts.length >= 6, `found only ${String(scripts.length)} client scripts`);
});

for (const { file, script } of scripts) {
  test(`the script of ${file} bundles neither zod nor the whole dictionary`, async () => {
    const inputs = await bundledInputs(file, script);
    assert.deepEqual(
      inputs.filter((input) => FORBIDDEN.some((pattern) => pattern.test(input))),
      [],
    );
  });
}

test('a planted import of a schema is caught', async () => {
  const inputs = await bundledInputs(
    'site/components/Planted.astro',
    "import { FaqSchema } from '../../content/schemas/faq.ts'; console.log(FaqSchema.parse({}));",
  );
  assert.ok(inputs.some((input) => FORBIDDEN[0]?.test(input)));
});
