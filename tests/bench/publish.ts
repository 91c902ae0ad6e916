/**
 * `npm run bench:publish`: how long an editor waits from «Опубликовать сейчас» in the real admin
 * until the site serves the new value (decap-server writes the file, `npm run cms` rebuilds and
 * swaps the server), how many lines of the file the edit changed (what a reviewer reads in the
 * Git diff), and how many requests sent meanwhile failed. Five rounds on a throwaway copy of the
 * repository; median against the 60 s target. Ports: BENCH_PORT (site, default 4340) and
 * BENCH_DECAP_PORT (default 8090).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../support/chromium.ts';
import { startCmsSandbox } from '../support/cms-sandbox.ts';
import { PUBLISH_CASES, fillField, openEntry, publishNow, signIn, waitForPublished } from '../support/cms-editor.ts';
import { keepRequesting } from '../support/keep-requesting.ts';
import { changedLineCount } from '../support/line-diff.ts';
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
const diffLines: number[] = [];
const failedRequests: number[] = [];

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await signIn(page, sandbox.site);
  for (let round = 1; round <= ROUNDS; round += 1) {
    const value = change.value(`замер ${String(round)}-${String(Date.now())}`);
    await openEntry(page, sandbox.site, change.entry);
    await fillField(page, change.field, value, change.item);
    const file = join(sandbox.root, change.file);
    const before = readFileSync(file, 'utf8');
    const traffic = keepRequesting(`${sandbox.site}${change.page}`);
    const started = performance.now();
    await publishNow(page);
    await waitForPublished(sandbox.site, change.page, value, 300_000);
    seconds.push((performance.now() - started) / 1000);
    failedRequests.push((await traffic.stop()).failed.length);
    diffLines.push(changedLineCount(before, readFileSync(file, 'utf8')));
    console.log(
      `round ${String(round)}: ${seconds.at(-1)?.toFixed(1) ?? ''} s, ${String(diffLines.at(-1))} changed lines, ${String(failedRequests.at(-1))} failed requests`,
    );
  }
} finally {
  await browser.close();
  await sandbox.stop();
}

const sorted = [...seconds].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)] ?? NaN;
const largest = (values: number[]) => String(Math.max(...values));
const table = markdownTable(
  ['round', ...seconds.map((_, index) => String(index + 1)), 'median / max', 'target'],
  [
    ['seconds to live', ...seconds.map((value) => value.toFixed(1)), median.toFixed(1), `< ${String(TARGET_S)}`],
    ['changed lines in the file', ...diffLines.map(String), largest(diffLines), '2 (one line out, one in)'],
    ['failed requests meanwhile', ...failedRequests.map(String), largest(failedRequests), '0'],
  ],
);
writeSection(
  'publish',
  `## Publish to live (\`npm run bench:publish\`)

From «Опубликовать» → «Опубликовать сейчас» in the real Decap admin (local backend) until the
site serves the page with the new value: decap-server writes the file, \`npm run cms\` notices the
change, builds the whole site into a fresh folder and swaps the server behind its proxy. Each
round also counts the lines of the file the edit changed (\`git diff\` of ${change.file}: a page
title is one line out, one line in) and the requests to the page, sent one after another during
the publish, that were refused or failed. ${String(ROUNDS)} rounds on a throwaway copy of the
repository, one shared 2-core machine. Measured ${new Date().toISOString().slice(0, 10)}.

${table}

Median ${median.toFixed(1)} s: ${median < TARGET_S ? 'within' : 'OVER'} the ${String(TARGET_S)} s target (the Tomsk standard allows one day).`,
);
console.log(`median ${median.toFixed(1)} s`);
if (!(median < TARGET_S) || Math.max(...failedRequests) > 0) process.exitCode = 1;
