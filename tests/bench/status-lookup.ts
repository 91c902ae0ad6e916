/**
 * `npm run bench:status-lookup`: how long the customer's status lookup takes for the right pair,
 * a wrong contact, an unknown number and a quarantined submission, on SQLite and PostgreSQL with
 * 5,000 appeals stored. The three refusals must not be told apart by their timing (issue 7), so
 * the table shows their medians and 95th percentiles side by side. Writes its section of
 * docs/benchmarks.md.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createStatusLookup } from '../../forms-api/src/appeals/status-lookup.ts';
import { openDatabase } from '../../forms-api/src/db/database.ts';
import { migrateToLatest } from '../../forms-api/src/db/migrate.ts';
import { insertAppeal } from '../../forms-api/test/support/appeal-rows.ts';
import { createTestDatabase, postgresUnavailableReason, startTestPostgres } from '../support/postgres.ts';
import { markdownTable, writeSection } from './report.ts';

const APPEALS = 5_000;
const LOOKUPS = 300;
const DEADLINES = { register: '2026-11-24', final: '2026-12-23' };

const number = (prefix: string, index: number) => `${prefix}-2026-${String(index).padStart(6, '0')}`;
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;

async function measure(databaseUrl: string) {
  const { db } = openDatabase(databaseUrl);
  await migrateToLatest(db);
  for (let index = 1; index <= APPEALS; index += 1) {
    await insertAppeal(db, {
      number: number(index % 10 === 0 ? 'ВП' : 'ОБ', index),
      createdAt: '2026-11-23T03:00:00Z',
      deadlines: DEADLINES,
      status: index % 10 === 0 ? 'quarantined' : 'registered',
      payload: { replyChannel: 'email', email: `person${index}@example.ru` },
    });
  }
  const lookup = createStatusLookup(db, { refusalGrounds: [] });
  const cases: Record<string, (i: number) => [string, string]> = {
    'верная пара': (i) => [number('ОБ', i * 10 + 1), `person${i * 10 + 1}@example.ru`],
    'чужой контакт': (i) => [number('ОБ', i * 10 + 2), 'someone@example.ru'],
    'неизвестный номер': (i) => [number('ОБ', APPEALS + i + 1), `person${i}@example.ru`],
    карантин: (i) => [number('ВП', i * 10 + 10), `person${i * 10 + 10}@example.ru`],
  };
  const times = new Map(Object.keys(cases).map((label) => [label, [] as number[]]));
  let address = 0;
  // Interleaved, after a warm-up round, so drift in a busy machine's speed hits every case alike.
  for (let i = -10; i < LOOKUPS; i += 1) {
    for (const [label, input] of Object.entries(cases)) {
      const [registrationNumber, contact] = input(Math.abs(i));
      // A new address per try: the bench measures the lookup, not the rate limit.
      address += 1;
      const ip = `10.${address >> 8}.${address & 255}.1`;
      const start = performance.now();
      const result = await lookup.lookup({ body: { registrationNumber, contact }, ip });
      if (i >= 0) times.get(label)?.push(performance.now() - start);
      if (result.outcome === 'throttled' || result.outcome === 'invalid')
        throw new Error(`${label}: ${result.outcome}`);
    }
  }
  const rows = [...times].map(([label, list]) => {
    const sorted = list.toSorted((a, b) => a - b);
    return [label, percentile(sorted, 50).toFixed(2), percentile(sorted, 95).toFixed(2)];
  });
  await db.destroy();
  return rows;
}

const sections: string[] = [];
const sqlite = await measure(`sqlite:${join(mkdtempSync(join(tmpdir(), 'bench-status-')), 'site.sqlite')}`);
sections.push(`**SQLite**\n\n${markdownTable(['Случай', 'медиана, мс', '95-й процентиль, мс'], sqlite)}`);
const reason = postgresUnavailableReason();
if (reason) sections.push(`PostgreSQL not measured: ${reason}`);
else {
  const server = await startTestPostgres();
  try {
    const rows = await measure(await createTestDatabase(server.url));
    sections.push(`**PostgreSQL**\n\n${markdownTable(['Случай', 'медиана, мс', '95-й процентиль, мс'], rows)}`);
  } finally {
    server.stop();
  }
}

writeSection(
  'status-lookup',
  `## Status lookup (\`npm run bench:status-lookup\`)

${APPEALS.toLocaleString('en')} appeals stored, ${LOOKUPS} lookups per case, one process, measured
${new Date().toISOString().slice(0, 10)}. Every case runs the same queries (a decoy row stands in
for an unknown number) and records the try; the three refusals should take about the same time.

${sections.join('\n\n')}`,
);
console.log(sections.join('\n\n'));
