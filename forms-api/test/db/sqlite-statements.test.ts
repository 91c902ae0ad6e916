import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type SqliteDatabase, type SqliteStatement } from 'kysely';
import { CACHED_STATEMENTS, cachingStatements } from '../../src/db/sqlite-statement-cache.ts';

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
