/**
 * One query layer for both stores: SQLite (embedded default, a file under var/) and PostgreSQL
 * (DATABASE_URL=postgres://…, for several API processes). Kysely gives both the same API.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { fromRepoRoot } from '../../../core/repo-paths.ts';
import { pipelinedBatches, sequentialBatches, type BeginBatch } from './batch-transaction.ts';
import type { DatabaseSchema } from './schema.ts';
import { LockWaitingSqliteDialect, SQLITE_BUSY_TIMEOUT_MS } from './sqlite-lock-wait.ts';
import { cachingStatements } from './sqlite-statement-cache.ts';

export type DatabaseKind = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  kind: DatabaseKind;
  db: Kysely<DatabaseSchema>;
  /** True when the database answers a trivial query. */
  isReachable: () => Promise<boolean>;
  /** A transaction for a group commit (batch-transaction.ts). */
  beginBatch: BeginBatch;
  /** Closes `db` and the group commit's connection. */
  close: () => Promise<void>;
}

export function openDatabase(url: string): DatabaseHandle {
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length);
    if (path !== ':memory:') mkdirSync(dirname(fromRepoRoot(path)), { recursive: true });
    const database = new SQLite(path === ':memory:' ? path : fromRepoRoot(path));
    // WAL lets readers work while a writer commits. A locked database is waited for between
    // attempts (sqlite-lock-wait.ts), not inside SQLite, which would block the event loop.
    database.pragma('journal_mode = WAL');
    database.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
    database.pragma('foreign_keys = ON');
    const db = new Kysely<DatabaseSchema>({
      dialect: new LockWaitingSqliteDialect({ database: cachingStatements(database) }),
    });
    return {
      kind: 'sqlite',
      db,
      // Straight on the connection: a read needs no lock in WAL, so it need not queue behind a
      // write that is waiting for another process's lock.
      isReachable: () => Promise.resolve(answers(() => database.prepare('select 1').get())),
      beginBatch: sequentialBatches(db),
      close: () => db.destroy(),
    };
  }
  const pool = resilientPool({ connectionString: url, max: 10 });
  const db = new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool }) });
  // The group commit's own connection, made when first needed (only the API's submissions use it).
  let batchPool: pg.Pool | undefined;
  let closed = false;
  const batches = () => {
    if (closed) throw new Error('the database was closed');
    batchPool ??= resilientPool({ connectionString: url, max: 1, pipeline: true });
    return batchPool;
  };
  return {
    kind: 'postgres',
    db,
    isReachable: () =>
      sql`select 1`.execute(db).then(
        () => true,
        () => false,
      ),
    beginBatch: async () => pipelinedBatches(batches())(),
    close: async () => {
      closed = true;
      await db.destroy();
      await batchPool?.end();
    },
  };
}

/**
 * A connection dropped by a PostgreSQL restart is an 'error' event on the client (and on the pool
 * when idle); unhandled, it would crash the whole site. Queries still fail with their own error,
 * and the pool replaces the client.
 */
function resilientPool(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool(config);
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  return pool;
}

function answers(query: () => unknown): boolean {
  try {
    query();
    return true;
  } catch {
    return false;
  }
}
