/**
 * `npm run bench:search`: the site search on the real site and on a synthetic FAQ of 2,000
 * entries (built and indexed in a temporary copy; content/ is not touched). Reports index size,
 * bytes fetched for the first and a following query and query latency in headless Chromium,
 * against the targets: under 120 KB before the first results, under 30 KB per further query,
 * first results under 150 ms.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fromRepoRoot } from '../../forms-api/src/config/paths.ts';
import { RELEVANCE_SET } from '../search/relevance-set.ts';
import { markdownTable, writeSection } from './report.ts';
import { measureSite, percentile, type SiteMeasure } from './search/measure.ts';
import { writeSyntheticFaq } from './search/synthetic-corpus.ts';

const SYNTHETIC_ENTRIES = 2000;
const PORT = Number(process.env['BENCH_PORT'] ?? 4343);
const QUERIES = RELEVANCE_SET.filter((_, i) => i % 5 === 0).map((c) => c.query);
const TARGETS = { firstBytes: 120 * 1024, followingBytes: 30 * 1024, firstMs: 150 };
/** Pagefind's ready-made UIs; our search page does not load them. */
const UNUSED_UI = /^pagefind-(ui|modular-ui|component-ui|highlight)\./;

function build(root: string): void {
  const result = spawnSync('npx', ['astro', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`astro build failed in ${root}`);
}

function sizeOf(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0);
}

/** Bytes on disk of what the search can fetch: the index, the library and its WebAssembly. */
function indexSize(distDir: string): { bytes: number; pages: number } {
  const dir = join(distDir, 'client', 'pagefind');
  const bytes = readdirSync(dir)
    .filter((name) => !UNUSED_UI.test(name) && !/\.(br|gz)$/.test(name))
    .reduce((sum, name) => sum + sizeOf(join(dir, name)), 0);
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return { bytes, pages: Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0) };
}

async function withServer<T>(distDir: string, work: (baseUrl: string) => Promise<T>): Promise<T> {
  const server = spawn('node', ['--experimental-strip-types', 'forms-api/src/cli/serve.ts'], {
    cwd: fromRepoRoot('.'),
    env: {
      ...process.env,
      PORT: String(PORT),
      HOST: '127.0.0.1',
      SITE_DIST: distDir,
      DATABASE_URL: 'sqlite:var/bench-search.sqlite',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${PORT}`;
  try {
    for (let attempt = 0; ; attempt += 1) {
      const ok = await fetch(`${baseUrl}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      if (attempt > 100) throw new Error('the server did not start');
      await sleep(200);
    }
    return await work(baseUrl);
  } finally {
    server.kill();
  }
}

/** A copy of the project whose FAQ is the synthetic one; node_modules is linked, not copied. */
function syntheticProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'bench-search-'));
  for (const item of ['site', 'content', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
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

function row(name: string, index: { bytes: number; pages: number }, m: SiteMeasure): string[] {
  const firstBytes = percentile(
    m.first.map((q) => q.bytes),
    50,
  );
  const followingBytes = percentile(
    m.following.map((q) => q.bytes),
    50,
  );
  const firstMs = m.first.map((q) => q.ms);
  const followingMs = m.following.map((q) => q.ms);
  const ok =
    Math.max(...m.first.map((q) => q.bytes)) < TARGETS.firstBytes &&
    Math.max(...m.following.map((q) => q.bytes)) < TARGETS.followingBytes &&
    percentile(firstMs, 50) < TARGETS.firstMs;
  return [
    name,
    String(index.pages),
    kb(index.bytes),
    `${kb(firstBytes)} (max ${kb(Math.max(...m.first.map((q) => q.bytes)))})`,
    `${kb(followingBytes)} (max ${kb(Math.max(...m.following.map((q) => q.bytes)))})`,
    `${ms(percentile(firstMs, 50))} / ${ms(percentile(firstMs, 95))}`,
    `${ms(percentile(followingMs, 50))} / ${ms(percentile(followingMs, 95))}`,
    ok ? 'ok' : 'OVER',
  ];
}

console.log('building and measuring the real site…');
build(fromRepoRoot('.'));
const realIndex = indexSize(fromRepoRoot('dist'));
const real = await withServer(fromRepoRoot('dist'), (url) => measureSite(url, QUERIES));

console.log(`building a synthetic FAQ of ${SYNTHETIC_ENTRIES} entries (a few minutes: every page is pre-compressed)…`);
const project = syntheticProject();
let synthetic: { index: { bytes: number; pages: number }; measure: SiteMeasure };
try {
  build(project);
  const distDir = join(project, 'dist');
  synthetic = { index: indexSize(distDir), measure: await withServer(distDir, (url) => measureSite(url, QUERIES)) };
} finally {
  rmSync(project, { recursive: true, force: true });
}

const rows = [
  row('real site', realIndex, real),
  row(`synthetic FAQ (${SYNTHETIC_ENTRIES})`, synthetic.index, synthetic.measure),
];
const table = markdownTable(
  [
    'site',
    'pages indexed',
    'index on disk',
    'fetched for first results (median)',
    'fetched per further query (median)',
    'first results median / p95',
    'further query median / p95',
    'targets',
  ],
  rows,
);
console.log(table);
writeSection(
  'search',
  `## Site search (\`npm run bench:search\`)

${QUERIES.length} queries from the relevance set, each as the first query of a fresh visit to
/poisk/ and then as a following query, in headless Chromium against the production server
(pre-compressed files). Bytes are as transferred (compressed bodies plus headers); time runs from
pressing «Найти» to the results on screen, including loading Pagefind on the first query. The
index on disk counts what the search can fetch (index chunks, fragments, filters, the library and
its WebAssembly), not Pagefind's unused ready-made UIs. Targets: under 120 KB before the first
results, under 30 KB per further query, first results under 150 ms. Measured ${new Date().toISOString().slice(0, 10)};
load average at the end of the run ${loadavg()
    .map((load) => load.toFixed(1))
    .join(' / ')} on this 2-core machine (latency is only meaningful when it is low).

${table}`,
);
