/**
 * The transaction of a group commit (group-commit.ts), whose statements go to the database in
 * groups: `run` sends its statements in order and answers with each one's rows; `commitWith` sends
 * the last writes and the commit together.
 *
 * On PostgreSQL a group travels in one round trip (pg's pipeline mode, on a connection of its own;
 * BEGIN goes with the first group): a batch costs two round trips instead of one per statement.
 * Under load each round trip's answer waited its turn behind the requests the event loop was
 * handling, and one batch is in flight at a time, so those waits, not the database, set how many
 * submissions a second were stored (issue 18). Statements are still executed one after another, in
 * the order sent; once one fails, the transaction is aborted, the ones after it fail too, and the
 * commit sent behind them rolls back.
 *
 * On SQLite, in the same process, there is nothing to wait for: the statements run one by one.
 */
import type { Compilable, Kysely } from 'kysely';
import type pg from 'pg';

/** The rows of each statement, in the order of the statements. */
export type RowsOf<Q extends readonly Compilable[]> = {
  -readonly [K in keyof Q]: Q[K] extends Compilable<infer Row> ? Row[] : never;
};

export interface BatchTransaction {
  run<const Q extends readonly Compilable[]>(statements: Q): Promise<RowsOf<Q>>;
  /** Runs `statements` and commits; rejects if any of them failed, and then nothing was stored. */
  commitWith(statements: readonly Compilable[]): Promise<void>;
  rollback(): Promise<void>;
}

export type BeginBatch = () => Promise<BatchTransaction>;

/** Statements one after another in a Kysely transaction (SQLite). */
export function sequentialBatches<DB>(db: Kysely<DB>): BeginBatch {
  return async () => {
    const trx = await db.startTransaction().execute();
    async function run(statements: readonly Compilable[]): Promise<unknown[][]> {
      const rows: unknown[][] = [];
      for (const statement of statements) rows.push((await trx.executeQuery(statement.compile())).rows);
      return rows;
    }
    return {
      run: run as BatchTransaction['run'],
      async commitWith(statements) {
        await run(statements);
        await trx.commit().execute();
      },
      async rollback() {
        await trx.rollback().execute();
      },
    };
  };
}

/**
 * Statements sent together on a pipelined connection from `pool` (PostgreSQL). The pool must be
 * made with `pipeline: true`; a connection that failed is dropped, not reused.
 */
export function pipelinedBatches(pool: pg.Pool): BeginBatch {
  return async () => {
    const client = await pool.connect();
    let released = false;
    const release = (error?: Error) => {
      if (released) return;
      released = true;
      client.release(error);
    };
    /** Writes the statements in one go (one packet, not one per statement) and waits for them all. */
    const send = (statements: ReadonlyArray<{ sql: string; parameters: readonly unknown[] }>) => {
      const stream = client.connection.stream;
      stream.cork();
      const answers = statements.map((statement) => client.query(statement.sql, [...statement.parameters]));
      process.nextTick(() => {
        stream.uncork();
      });
      return answers;
    };
    const [begin] = send([{ sql: 'begin', parameters: [] }]);
    // Awaited with the first group; handled now so that a failure before then is not unhandled.
    begin?.catch(() => undefined);
    const compiled = (statements: readonly Compilable[]) => statements.map((statement) => statement.compile());
    return {
      run: (async (statements: readonly Compilable[]) => {
        const [, ...answers] = await Promise.all([begin, ...send(compiled(statements))]);
        return answers.map((answer): unknown[] => answer.rows);
      }) as BatchTransaction['run'],
      async commitWith(statements) {
        const answers = await Promise.all([
          begin,
          ...send([...compiled(statements), { sql: 'commit', parameters: [] }]),
        ]);
        // COMMIT of an aborted transaction answers ROLLBACK, not an error.
        if (answers.at(-1)?.command !== 'COMMIT') throw new Error('the transaction was rolled back');
        release();
      },
      async rollback() {
        try {
          // Also harmless after a COMMIT that rolled back: there is no transaction left to end.
          await Promise.all(send([{ sql: 'rollback', parameters: [] }]));
          release();
        } catch (error) {
          release(error instanceof Error ? error : new Error('rollback failed'));
          throw error;
        }
      },
    };
  };
}
