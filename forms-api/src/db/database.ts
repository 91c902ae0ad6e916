/**
 * One query layer for both stores: SQLite (embedded default, a file under var/) and PostgreSQL
 * (DATABASE_URL=postgres://…, for several API processes). Kysely gives both the same API.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { fromRepoRoot } from '../../../core/repo-paths.ts';
import type { DatabaseSchema } from './schema.ts';

export type DatabaseKind = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  kind: DatabaseKind;
  db: Kysely<DatabaseSchema>;
}

export function openDatabase(url: string): DatabaseHandle {
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length);
    if (path !== ':memory:') mkdirSync(dirname(fromRepoRoot(path)), { recursive: true });
    const database = new SQLite(path === ':memory:' ? path : fromRepoRoot(path));
    // WAL lets readers work while a writer commits; busy_timeout waits for a lock instead of failing at once.
    database.pragma('journal_mode = WAL');
    database.pragma('busy_timeout = 5000');
    database.pragma('foreign_keys = ON');
    return { kind: 'sqlite', db: new Kysely({ dialect: new SqliteDialect({ database }) }) };
  }
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // A connection dropped by a PostgreSQL restart is an 'error' event on the client (and on the pool
  // when idle); unhandled, it would crash the whole site. Queries still fail with their own error,
  // and the pool replaces the client.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  return { kind: 'postgres', db: new Kysely({ dialect: new PostgresDialect({ pool }) }) };
}

/** True when the database answers a trivial query. */
export async function isDatabaseReachable(db: Kysely<DatabaseSchema>): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}
