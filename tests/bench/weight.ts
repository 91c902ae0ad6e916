/**
 * `npm run bench:weight`: builds the site and reports, for every page, what a first visit
 * transfers (HTML, CSS, JS, fonts, images; raw, gzip and brotli), against the budgets:
 * critical HTML+CSS within 14 KB compressed (one TCP round trip), no render-blocking JS,
 * everything but images under 50 KB.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fromRepoRoot } from '../../core/repo-paths.ts';
import { ASTRO_CLI } from '../../forms-api/src/site/build-if-stale.ts';
import { sitemapPaths } from '../support/sitemap.ts';
import { markdownTable, writeSection } from './report.ts';

const CRITICAL_BUDGET = 14 * 1024;
const TOTAL_BUDGET = 50 * 1024;
const client = fromRepoRoot('dist/client');

interface Size {
  raw: number;
  gzip: number;
  brotli: number;
}

/** Sizes as served: the build's own .br/.gz files when present, otherwise compressed here. */
function sizeOf(file: string): Size {
  const raw = readFileSync(file);
  const pre = (ext: string) => (existsSync(`${file}.${ext}`) ? readFileSync(`${file}.${ext}`).length : null);
  return {
    raw: raw.length,
    gzip: pre('gz') ?? gzipSync(raw, { level: 9 }).length,
    brotli: pre('br') ?? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const add = (a: Size, b: Size): Size => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
const zero: Size = { raw: 0, gzip: 0, brotli: 0 };
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

function attributeValues(html: string, pattern: RegExp): string[] {
  return [...html.matchAll(pattern)].map((match) => match[1] ?? '').filter((src) => src.startsWith('/'));
}

function measurePage(path: string) {
  const htmlFile = path === '/404/' ? join(client, '404.html') : join(client, path, 'index.html');
  const html = readFileSync(htmlFile, 'utf8');
  const stylesheets = attributeValues(html, /<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
  const scripts = [...html.matchAll(/<script([^>]*)src="([^"]+)"([^>]*)>/g)];
  const blockingScripts = scripts.filter(
    (match) => !/\b(defer|async|type="module")/.test(`${match[1] ?? ''}${match[3] ?? ''}`),
  );
  const images = attributeValues(html, /<img[^>]+src="([^"]+)"/g);
  const css = stylesheets.map((href) => sizeOf(join(client, href))).reduce(add, zero);
  const cssText = stylesheets.map((href) => readFileSync(join(client, href), 'utf8')).join('\n');
  const fonts = attributeValues(cssText, /url\(["']?([^"')]+\.woff2?)["']?\)/g)
    .map((href) => sizeOf(join(client, href)))
    .reduce(add, zero);
  const js = scripts.map((match) => sizeOf(join(client, match[2] ?? ''))).reduce(add, zero);
  const img = images.map((src) => sizeOf(join(client, src))).reduce(add, zero);
  const htmlSize = sizeOf(htmlFile);
  const critical = add(htmlSize, css);
  const total = add(add(critical, js), fonts);
  return { path, html: htmlSize, css, js, fonts, img, critical, total, blockingJs: blockingScripts.length };
}

const build = spawnSync(process.execPath, [fromRepoRoot(ASTRO_CLI), 'build'], {
  cwd: fromRepoRoot('.'),
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (build.status !== 0) throw new Error('astro build failed');

const pages = [...sitemapPaths(), '/404/'].filter((path) =>
  existsSync(join(client, path === '/404/' ? '404.html' : join(path, 'index.html'))),
);
const results = pages.map(measurePage);
const rows = results.map((r) => [
  r.path,
  `${kb(r.html.raw)} / ${kb(r.html.gzip)} / ${kb(r.html.brotli)}`,
  kb(r.css.brotli),
  kb(r.js.brotli),
  kb(r.fonts.brotli),
  kb(r.img.brotli),
  `${kb(r.critical.brotli)} (${(r.critical.brotli / CRITICAL_BUDGET).toFixed(2)}×)`,
  r.blockingJs,
  `${kb(r.total.brotli)} (${(r.total.brotli / TOTAL_BUDGET).toFixed(2)}×)`,
  r.critical.brotli <= CRITICAL_BUDGET && r.total.brotli <= TOTAL_BUDGET && r.blockingJs === 0 ? 'ok' : 'OVER',
]);
const table = markdownTable(
  [
    'page',
    'HTML KB raw / gzip / br',
    'CSS br',
    'JS br',
    'fonts br',
    'images br',
    'critical HTML+CSS br (÷ 14 KB)',
    'blocking JS',
    'total w/o images br (÷ 50 KB)',
    'budget',
  ],
  rows,
);
const over = results.filter(
  (r) => r.critical.brotli > CRITICAL_BUDGET || r.total.brotli > TOTAL_BUDGET || r.blockingJs > 0,
);
const summary = `${results.length} pages; largest critical HTML+CSS ${kb(Math.max(...results.map((r) => r.critical.brotli)))} KB brotli; ${over.length} over budget.`;
console.log(table);
console.log(summary);
writeSection(
  'weight',
  `## Page weight (\`npm run bench:weight\`)

First visit to each prerendered page, as served (the build's pre-compressed files). Sizes in KB;
ratios are to the budgets: critical HTML+CSS 14 KB compressed (one TCP round trip with an initial
window of 10 segments), total without images 50 KB. CSS is inlined into each page, so the HTML column
already contains it. Measured ${new Date().toISOString().slice(0, 10)}.

${table}

${summary}`,
);
if (over.length > 0) process.exitCode = 1;
