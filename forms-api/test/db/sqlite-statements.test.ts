import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { CompiledQuery, type SqliteDatabase, type SqliteStatement } from 'kysely';
import { openDatabase } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { migrations } from '../../src/db/migrations/index.ts';
import { CACHED_STATEMENTS, cachingStatements } from '../../src/db/sqlite-statement-cache.ts';
import { acksQueuedSince } from '../../src/forms/submission-service.ts';

test('a query run again reuses its prepared statement; the cache keeps only the newest', () => {
  const prepared: string[] = [];
  const statement: SqliteStatement = {
    reader: true,
    all: () => [],
    run: () => ({ changes: 0, lastInsertRowid: 0 }),
    iterate: () => [][Symbol.iterator](),
  };
  const database: SqliteDatabase = {
    close: () => undefined,
    prepare: (sql) => {
      prepared.push(sql);
      return statement;
    },
  };
  const cached = cachingStatements(database);
  cached.prepare('select 1');
  cached.prepare('select 1');
  assert.deepEqual(prepared, ['select 1']);
  for (let n = 0; n < CACHED_STATEMENTS; n += 1) cached.prepare(`select ${String(n + 2)}`);
  cached.prepare('select 1');
  assert.equal(prepared.filter((sql) => sql === 'select 1').length, 2, 'the oldest was let go');
});

test('the daily acknowledgement count reads an index, not the whole outbox', async () => {
  const { db } = openDatabase(`sqlite:${join(mkdtempSync(join(tmpdir(), 'es-plan-')), 'site.sqlite')}`);
  try {
    await migrateToLatest(db, migrations);
    const query = acksQueuedSince(db, ['anna@example.ru'], '2026-12-04T00:00:00.000Z').compile();
    const plan = await db.executeQuery<{ detail: string }>(
      CompiledQuery.raw(`explain query plan ${query.sql}`, [...query.parameters]),
    );
    const details = plan.rows.map((row) => row.detail).join('\n');
    assert.doesNotMatch(details, /SCAN outbox/);
    assert.match(details, /USING (COVERING )?INDEX outbox_recipient_kind_created/);
  } finally {
    await db.destroy();
  }
});
