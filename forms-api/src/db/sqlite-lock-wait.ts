/**
 * Waiting for SQLite's write lock without freezing the server. better-sqlite3 is synchronous, so
 * SQLite's own busy_timeout would stop the whole event loop while another process (a CLI job) holds
 * the lock. Instead each attempt waits only a few milliseconds inside SQLite and the pauses between
 * attempts are timers, so other requests are served meanwhile. After LOCK_WAIT_MS the SQLITE_BUSY
 * error goes to the caller (a form answers 503 «не зарегистрировано»).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import {
  CompiledQuery,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
  type SqliteDialectConfig,
} from 'kysely';

/** SQLite's own wait per attempt; it blocks the event loop, so it stays short. */
export const SQLITE_BUSY_TIMEOUT_MS = 10;
/** The total wait for a lock before the statement fails. */
export const LOCK_WAIT_MS = 5_000;
const FIRST_PAUSE_MS = 5;
const LONGEST_PAUSE_MS = 250;

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

/** Runs `attempt` until it does not fail with SQLITE_BUSY, pausing asynchronously with backoff. */
async function retryWhileBusy<T>(attempt: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (let pause = FIRST_PAUSE_MS; ; pause = Math.min(pause * 2, LONGEST_PAUSE_MS)) {
    try {
      return await attempt();
    } catch (error) {
      if (!isBusy(error) || Date.now() + pause > deadline) throw error;
    }
    await sleep(pause);
  }
}

/** A statement that failed with SQLITE_BUSY changed nothing, so it can simply run again. */
class LockWaitingConnection implements DatabaseConnection {
  readonly #inner: DatabaseConnection;

  constructor(inner: DatabaseConnection) {
    this.#inner = inner;
  }

  executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    return retryWhileBusy(() => this.#inner.executeQuery<R>(query));
  }

  streamQuery<R>(query: CompiledQuery, chunkSize: number): AsyncIterableIterator<QueryResult<R>> {
    return this.#inner.streamQuery<R>(query, chunkSize);
  }
}

class LockWaitingDriver extends SqliteDriver {
  #connection: LockWaitingConnection | undefined;

  override async acquireConnection(): Promise<DatabaseConnection> {
    this.#connection ??= new LockWaitingConnection(await super.acquireConnection());
    return this.#connection;
  }

  // IMMEDIATE takes the write lock at the start, where waiting is safe; a deferred transaction
  // that has read and then finds the lock taken could only be retried as a whole.
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

export class LockWaitingSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new LockWaitingDriver(this.#config);
  }
}
