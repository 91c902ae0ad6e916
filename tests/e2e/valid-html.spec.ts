/**
 * Every page is valid HTML by the Nu Html Checker (vnu-jar on Debian's default-jre-headless): the
 * sitemap, the on-demand pages (also with a search query, and the receipt and rating pages without
 * their token), the 404 page and a form returned with errors (no JavaScript). All
 * pages are checked by one JVM in one run. A planted invalid page proves the checker really runs.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { fromRepoRoot } from '../../core/repo-paths.ts';
import { RATING_PAGE_PATH } from '../../content/schemas/forms/answer-rating.ts';
import { sitePaths } from '../support/sitemap.ts';

const VNU_JAR = fromRepoRoot('node_modules/vnu-jar/build/dist/vnu.jar');

/**
 * The only exceptions: gaps of the checker's CSS validator for modern CSS that Tailwind 4 emits
 * and every current browser understands.
 */
const CSS_CHECKER_GAPS = [
  // Typed custom properties (CSS Properties and Values API).
  'CSS: Unrecognized at-rule “@property”',
  // Inside an @supports condition.
  "“margin-trim”: Property “margin-trim” doesn't exist",
  // `color-scheme: light only` is valid (CSS Color Adjustment 1); the checker knows no `only`.
  '“color-scheme”: Too many values or values are not recognized',
];

const PLANTED = '<!doctype html><html lang="ru"><head><title>x</title></head><body></body></html><script></script>';

interface VnuMessage {
  url: string;
  type: string;
  message: string;
  lastLine?: number;
}

test('every page is valid HTML (Nu Html Checker)', async ({ request }) => {
  test.setTimeout(10 * 60_000);
  const dir = mkdtempSync(join(tmpdir(), 'vnu-'));
  const fileOf = new Map<string, string>();
  const save = (name: string, html: string) => {
    const file = `${String(fileOf.size)}.html`;
    writeFileSync(join(dir, file), html);
    fileOf.set(file, name);
  };
  try {
    for (const path of sitePaths()) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      save(path, await response.text());
    }
    // On-demand pages in the states a visitor reaches without a form of their own: server-rendered
    // search results, a receipt page without a receipt, a rating link that lost its token.
    for (const [path, status] of [
      ['/poisk/?q=передать показания', 200],
      ['/internet-priemnaya/prinyato/', 404],
      [RATING_PAGE_PATH, 400],
    ] as const) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(status);
      save(path, await response.text());
    }
    const missing = await request.get('/no-such-page/');
    expect(missing.status()).toBe(404);
    save('404 page', await missing.text());
    const invalid = await request.post('/api/forms/question', {
      form: { name: '' },
      headers: { accept: 'text/html' },
      maxRedirects: 0,
    });
    expect(invalid.status()).toBe(400);
    save('a form returned with errors', await invalid.text());
    save('planted', PLANTED);

    // vnu exits 1 when it finds errors; the JSON report is on stderr either way.
    const run = spawnSync('java', ['-Xss4m', '-jar', VNU_JAR, '--format', 'json', '--errors-only', dir], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.error) throw new Error(`java could not run (install default-jre-headless): ${run.error.message}`);
    const { messages } = JSON.parse(run.stderr) as { messages: VnuMessage[] };
    const found = messages
      .filter((m) => !CSS_CHECKER_GAPS.some((gap) => m.message.includes(gap)))
      .map((m) => `${fileOf.get(m.url.split('/').at(-1) ?? '') ?? m.url}: line ${String(m.lastLine)}: ${m.message}`);

    expect(found.filter((line) => line.startsWith('planted:')).join('\n')).toContain('Stray start tag “script”');
    expect(found.filter((line) => !line.startsWith('planted:'))).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
