/**
 * `npm run bench:search`: the site search on the real site and on a synthetic FAQ of 2,000
 * entries (built and indexed in a temporary copy; content/ is not touched). Reports index size,
 * bytes fetched for the first and a following query and query latency in headless Chromium,
 * against the targets: under 120 KB before the first results, under 30 KB per further query,
 * first results under 150 ms; and the same for plain Pagefind on the same index as a baseline.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromRepoRoot } from '../../core/repo-paths.ts';
import { ASTRO_CLI } from '../../forms-api/src/site/build-if-stale.ts';
import { RELEVANCE_SET } from '../search/relevance-set.ts';
import { markdownTable, writeSection } from './report.ts';
import { withSiteServer } from './site-server.ts';
import { measurePlainPagefind, measureSite, percentile, type SiteMeasure } from './search/measure.ts';
import { writeSyntheticFaq } from './search/synthetic-corpus.ts';

const SYNTHETIC_ENTRIES = 2000;
const PORT = Number(process.env['BENCH_PORT'] ?? 4343);
const QUERIES = RELEVANCE_SET.filter((_, i) => i % 10 === 0).map((c) => c.query);
const TARGETS = { firstBytes: 120 * 1024, followingBytes: 30 * 1024, firstMs: 150 };
/** Pagefind's ready-made UIs; our search page does not load them. */
const UNUSED_UI = /^pagefind-(ui|modular-ui|component-ui|highlight)\./;

function build(root: string): void {
  // `root` links the repository's node_modules, so the relative path finds the same Astro.
  const result = spawnSync(process.execPath, [ASTRO_CLI, 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`astro build failed in ${root}`);
}

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => filesUnder(join(path, name)));
}

/**
 * What the search can fetch (the index, the library and its WebAssembly): `served` counts each
 * file as sent to a browser that takes brotli, `disk` every copy stored (raw, .br and .gz).
 */
function indexSize(distDir: string): { served: number; disk: number; pages: number } {
  const dir = join(distDir, 'client', 'pagefind');
  const files = readdirSync(dir)
    .filter((name) => !UNUSED_UI.test(name))
    .flatMap((name) => filesUnder(join(dir, name)));
  const disk = files.reduce((sum, file) => sum + statSync(file).size, 0);
  const served = files
    .filter((file) => !/\.(br|gz)$/.test(file))
    .reduce((sum, file) => sum + statSync(existsSync(`${file}.br`) ? `${file}.br` : file).size, 0);
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return { served, disk, pages: Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0) };
}

/** A copy of the project whose FAQ is the synthetic one; node_modules is linked, not copied. */
function syntheticProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'bench-search-'));
  // The site imports shared code from forms-api/ and cms/.
  for (const item of [
    'site',
    'core',
    'content',
    'forms-api',
    'cms',
    'astro.config.mjs',
    'package.json',
    'tsconfig.json',
  ]) {
    cpSync(fromRepoRoot(item), join(root, item), { recursive: true });
  }
  symlinkSync(fromRepoRoot('node_modules'), join(root, 'node_modules'), 'dir');
  rmSync(join(root, 'content', 'faq'), { recursive: true });
  mkdirSync(join(root, 'content', 'faq'));
  writeSyntheticFaq(fromRepoRoot('content/faq'), join(root, 'content', 'faq'), SYNTHETIC_ENTRIES);
  return root;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value.toFixed(0)} ms`;

const median = (values: number[]) => percentile(values, 50);
const ratio = (ours: number, plain: number) => `${(ours / plain).toFixed(2)}×`;

interface Measured {
  index: ReturnType<typeof indexSize>;
  ours: SiteMeasure;
  plain: SiteMeasure;
}

function rows(name: string, { index, ours, plain }: Measured): string[][] {
  const firstBytes = ours.first.map((q) => q.bytes);
  const followingBytes = ours.following.map((q) => q.bytes);
  const firstMs = ours.first.map((q) => q.ms);
  // Strict: every query's bytes, and the median time; the cell names the targets missed.
  const over = [
    Math.max(...firstBytes) < TARGETS.firstBytes ? '' : 'first bytes',
    Math.max(...followingBytes) < TARGETS.followingBytes ? '' : 'further bytes',
    median(firstMs) < TARGETS.firstMs ? '' : 'first time',
  ].filter(Boolean);
  const cells = (m: SiteMeasure) => [
    `${kb(median(m.first.map((q) => q.bytes)))} (max ${kb(Math.max(...m.first.map((q) => q.bytes)))})`,
    `${kb(median(m.following.map((q) => q.bytes)))} (max ${kb(Math.max(...m.following.map((q) => q.bytes)))})`,
    `${ms(median(m.first.map((q) => q.ms)))} / ${ms(
      percentile(
        m.first.map((q) => q.ms),
        95,
      ),
    )}`,
    `${ms(median(m.following.map((q) => q.ms)))} / ${ms(
      percentile(
        m.following.map((q) => q.ms),
        95,
      ),
    )}`,
  ];
  const vsPlain = (pick: (m: SiteMeasure) => number) => ratio(pick(ours), pick(plain));
  return [
    [
      name,
      String(index.pages),
      `${kb(index.served)} (${kb(index.disk)})`,
      ...cells(ours),
      over.length === 0 ? 'ok' : `OVER: ${over.join(', ')}`,
    ],
    [
      `${name}: plain Pagefind`,
      '',
      '',
      ...cells(plain),
      `ours ÷ plain: bytes ${vsPlain((m) => median(m.first.map((q) => q.bytes)))} first, ${vsPlain((m) => median(m.following.map((q) => q.bytes)))} further; time ${vsPlain((m) => median(m.first.map((q) => q.ms)))} first`,
    ],
  ];
}

async function measureAll(distDir: string): Promise<Measured> {
  const index = indexSize(distDir);
  return withSiteServer({ port: PORT, database: 'bench-search.sqlite', distDir }, async (url) => ({
    index,
    ours: await measureSite(url, QUERIES),
    plain: await measurePlainPagefind(url, QUERIES),
  }));
}

console.log('building and measuring the real site…');
build(fromRepoRoot('.'));
const real = await measureAll(fromRepoRoot('dist'));

console.log(`building a synthetic FAQ of ${SYNTHETIC_ENTRIES} entries (a few minutes: every page is pre-compressed)…`);
const project = syntheticProject();
let synthetic: Measured;
try {
  build(project);
  synthetic = await measureAll(join(project, 'dist'));
} finally {
  rmSync(project, { recursive: true, force: true });
}

const table = markdownTable(
  [
    'site',
    'pages indexed',
    'index as served (all copies on disk)',
    'fetched for first results (median)',
    'fetched per further query (median)',
    'first results median / p95',
    'further query median / p95',
    'targets',
  ],
  [...rows('real site', real), ...rows(`synthetic FAQ (${SYNTHETIC_ENTRIES})`, synthetic)],
);
console.log(table);
writeSection(
  'search',
  `## Site search (\`npm run bench:search\`)

${QUERIES.length} queries from the relevance set, each as the first query of a fresh visit to
/poisk/ and then as a following query, in headless Chromium against the production server
(pre-compressed files, HTTP/1.1). Bytes are as transferred (compressed bodies plus headers); the
first query counts every search file fetched since the page opened (the page starts loading
Pagefind when the visitor turns to the search form, and the index chunks of the query as it is
typed), a following query what it fetches itself. Time runs from pressing «Найти» to the results
on screen; the query is typed as soon as the page has loaded, so the first query includes almost
all of loading Pagefind. The «plain Pagefind» rows are the baseline on the same index and server in the same run:
one \`search()\` for the query as typed and the data of its first 10 results, without our Russian
query handling, started from the home page (loading the library is part of its first query).
The index as served counts what the search can fetch (index chunks, fragments, filters, the
library and its WebAssembly) as sent with brotli; in brackets every copy on disk (uncompressed,
.br and .gz), not counting Pagefind's unused ready-made UIs. Targets: under 120 KB before the
first results, under 30 KB per further query, first results under 150 ms; «ok» needs every
query within the byte targets and the median within the time target. Measured ${new Date().toISOString().slice(0, 10)};
load average at the end of the run ${loadavg()
    .map((load) => load.toFixed(1))
    .join(' / ')} on this 2-core machine (latency is only meaningful when it is low).

${table}`,
);
