/**
 * `npm run bench:publish`: how long an editor waits from «Опубликовать сейчас» in the real admin
 * until the site serves the new value (decap-server writes the file, `npm run cms` rebuilds and
 * restarts the server). Five rounds on a throwaway copy of the repository; median against the
 * 60 s target. Ports: BENCH_PORT (site, default 4340) and BENCH_DECAP_PORT (default 8090).
 */
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../support/chromium.ts';
import { startCmsSandbox } from '../support/cms-sandbox.ts';
import { PUBLISH_CASES, fillField, openEntry, publishNow, signIn, waitForPublished } from '../support/cms-editor.ts';
import { markdownTable, writeSection } from './report.ts';

const ROUNDS = 5;
const TARGET_S = 60;
const change = PUBLISH_CASES[0];
if (!change) throw new Error('no publish case');

const sandbox = await startCmsSandbox(
  Number(process.env['BENCH_PORT'] ?? 4340),
  Number(process.env['BENCH_DECAP_PORT'] ?? 8090),
);
const browser = await chromium.launch(chromiumLaunchOptions);
const seconds: number[] = [];
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await signIn(page, sandbox.site);
  for (let round = 1; round <= ROUNDS; round += 1) {
    const value = change.value(`замер ${String(round)}-${String(Date.now())}`);
    await openEntry(page, sandbox.site, change.entry);
    await fillField(page, change.field, value, change.item);
    const started = performance.now();
    await publishNow(page);
    await waitForPublished(sandbox.site, change.page, value, 300_000);
    seconds.push((performance.now() - started) / 1000);
    console.log(`round ${String(round)}: ${seconds.at(-1)?.toFixed(1) ?? ''} s`);
  }
} finally {
  await browser.close();
  await sandbox.stop();
}

const sorted = [...seconds].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)] ?? NaN;
const table = markdownTable(
  ['round', ...seconds.map((_, index) => String(index + 1)), 'median', 'target'],
  [['seconds', ...seconds.map((value) => value.toFixed(1)), median.toFixed(1), `< ${String(TARGET_S)}`]],
);
writeSection(
  'publish',
  `## Publish to live (\`npm run bench:publish\`)

From «Опубликовать» → «Опубликовать сейчас» in the real Decap admin (local backend) until the
site serves the page with the new value: decap-server writes the file, \`npm run cms\` notices the
change, builds the whole site into a fresh folder and restarts the server on it. ${String(ROUNDS)} rounds on
a throwaway copy of the repository, one shared 2-core machine. Measured ${new Date().toISOString().slice(0, 10)}.

${table}

Median ${median.toFixed(1)} s: ${median < TARGET_S ? 'within' : 'OVER'} the ${String(TARGET_S)} s target (the Tomsk standard allows one day).`,
);
console.log(`median ${median.toFixed(1)} s`);
if (!(median < TARGET_S)) process.exitCode = 1;
