/**
 * A busy database: a short lock is waited out and the submission registered; a lock that outlasts
 * the wait is a clear 503 «не зарегистрировано» — never «принято» for something not stored.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { repoRoot } from '../../../core/repo-paths.ts';
import pg from 'pg';
import { onBothDatabases } from '../databases.ts';
import { build } from '../helper.ts';
import { JSON_HEADERS, validQuestion } from '../routes/api/forms/fixtures.ts';
import { asPerson } from '../support/antispam.ts';

/**
 * Holds SQLite's write lock in another process until the returned function is called:
 * better-sqlite3 waits for a lock synchronously, so a holder inside the test process could never let go.
 */
async function holdSqliteLock(path: string): Promise<() => Promise<void>> {
  const script = `const D = require('better-sqlite3'); const d = new D(${JSON.stringify(path)});
    d.exec('BEGIN IMMEDIATE'); console.log('locked');
    process.stdin.once('data', () => { d.exec('COMMIT'); d.close(); process.exit(0); });`;
  const child = spawn(process.execPath, ['-e', script], { cwd: repoRoot, stdio: ['pipe', 'pipe', 'inherit'] });
  await once(child.stdout, 'data');
  return async () => {
    child.stdin.end('release\n');
    await once(child, 'exit');
  };
}

/** Takes the database's write lock from another connection for `ms`. */
async function lockFromOutside(url: string, ms: number): Promise<void> {
  if (url.startsWith('sqlite:')) {
    const release = await holdSqliteLock(url.slice('sqlite:'.length));
    setTimeout(() => void release(), ms);
    return;
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('BEGIN');
  await client.query('LOCK TABLE registration_counters IN ACCESS EXCLUSIVE MODE');
  setTimeout(() => {
    void client.query('COMMIT').then(() => client.end());
  }, ms);
}

onBothDatabases('database busy', (newDatabaseUrl) => {
  test('a submission waits out a short lock and is registered', async (t) => {
    const url = await newDatabaseUrl();
    const app = await build(t, { DATABASE_URL: url, OUTBOX_POLL_MS: '60000' });
    await app.ready();
    const payload = await asPerson(app, 'question', validQuestion);
    await lockFromOutside(url, 500);
    const response = await app.inject({ method: 'POST', url: '/api/forms/question', headers: JSON_HEADERS, payload });
    assert.equal(response.statusCode, 201);
    const rows = await app.database.db.selectFrom('submissions').select('id').execute();
    assert.equal(rows.length, 1);
  });
});

test('SQLite locked for longer than the wait: 503 «не зарегистрировано», and nothing stored', async (t) => {
  const url = `sqlite:${join(mkdtempSync(join(tmpdir(), 'es-busy-')), 'site.sqlite')}`;
  const app = await build(t, { DATABASE_URL: url, OUTBOX_POLL_MS: '60000' });
  await app.ready();
  const payload = await asPerson(app, 'question', validQuestion);
  // Longer than LOCK_WAIT_MS of forms-api/src/db/sqlite-lock-wait.ts.
  await lockFromOutside(url, 7000);
  const response = await app.inject({ method: 'POST', url: '/api/forms/question', headers: JSON_HEADERS, payload });
  assert.equal(response.statusCode, 503);
  assert.equal(response.headers['retry-after'], '30');
  assert.match(response.json<{ message: string }>().message, /НЕ зарегистрировано/);
  assert.equal(await app.database.db.selectFrom('submissions').select('id').executeTakeFirst(), undefined);
});

test('SQLite locked by another process: /api/health answers while a submission waits, which is registered once the lock goes', async (t) => {
  const path = join(mkdtempSync(join(tmpdir(), 'es-busy-')), 'site.sqlite');
  const app = await build(t, { DATABASE_URL: `sqlite:${path}`, OUTBOX_POLL_MS: '60000' });
  await app.ready();
  const payload = await asPerson(app, 'question', validQuestion);
  const release = await holdSqliteLock(path);
  const events: string[] = [];
  const submission = app
    .inject({ method: 'POST', url: '/api/forms/question', headers: JSON_HEADERS, payload })
    .then((response) => {
      events.push('submission answered');
      return response;
    });
  // Lets the submission reach its write and start waiting for the lock (sequencing, not a limit).
  await sleep(300);
  const health = await app.inject({ method: 'GET', url: '/api/health' });
  events.push('health answered');
  assert.equal(health.statusCode, 200);
  events.push('lock released');
  await release();
  const response = await submission;
  // A server frozen by the lock would answer the submission (503) before it could answer health.
  assert.deepEqual(events, ['health answered', 'lock released', 'submission answered']);
  assert.equal(response.statusCode, 201);
  const rows = await app.database.db.selectFrom('submissions').select('id').execute();
  assert.equal(rows.length, 1);
});
