/**
 * Group commit (issue 18): writes that arrive while the database is busy wait and are then stored
 * together, in one transaction with one commit and multi-row statements, so a burst of N
 * submissions costs one fsync on SQLite and two round trips on PostgreSQL instead of N times each.
 * Nothing is weakened: the batch is one transaction, `writeBatch` handles its writes in order as if
 * one after another (a form token used earlier in the batch counts as used), and each caller hears
 * back only after the commit. At low load a batch is a single write, with no added wait.
 *
 * `writeBatch` reads and reserves what it needs through the transaction (`run`) and answers with
 * each write's result and the statements that store them, which are sent with the commit
 * (batch-transaction.ts).
 *
 * When `writeBatch`, its statements or the commit fail, the batch is rolled back and each of its
 * writes is tried again alone, so a bad write fails only its own caller. A failed begin (a locked or
 * unreachable database) fails the whole batch: none of it was stored.
 */
import type { Compilable } from 'kysely';
import type { BatchTransaction, BeginBatch } from './batch-transaction.ts';

/** An upper bound, so that one transaction never grows without end under a flood. */
export const MAX_BATCH = 50;

export interface DecidedBatch<Result> {
  /** One per item, in order. */
  results: Result[];
  /** What stores them, sent with the commit. */
  writes: Array<Compilable>;
}

export type WriteBatch<Item, Result> = (trx: BatchTransaction, items: Item[]) => Promise<DecidedBatch<Result>>;

interface Waiting<Item, Result> {
  item: Item;
  resolve: (result: Result) => void;
  reject: (error: unknown) => void;
}

/** `writeBatch`, its statements or the commit failed (not begin). */
class WriteFailed extends Error {}

export function createGroupCommit<Item, Result>(begin: BeginBatch, writeBatch: WriteBatch<Item, Result>) {
  const queue: Array<Waiting<Item, Result>> = [];
  let scheduled = false;

  async function store(items: Item[]): Promise<Result[]> {
    const trx = await begin();
    try {
      const decided = await writeBatch(trx, items);
      await trx.commitWith(decided.writes);
      return decided.results;
    } catch (error) {
      await trx.rollback().catch(() => undefined);
      throw new WriteFailed('a write of the batch failed', { cause: error });
    }
  }

  async function commitBatch(batch: Array<Waiting<Item, Result>>): Promise<void> {
    try {
      const results = await store(batch.map((waiting) => waiting.item));
      batch.forEach((waiting, index) => {
        waiting.resolve(results[index] as Result);
      });
    } catch (error) {
      if (error instanceof WriteFailed && batch.length > 1) {
        for (const waiting of batch) await commitBatch([waiting]);
        return;
      }
      const cause = error instanceof WriteFailed ? error.cause : error;
      for (const waiting of batch) waiting.reject(cause);
    }
  }

  async function drain(): Promise<void> {
    while (queue.length > 0) await commitBatch(queue.splice(0, MAX_BATCH));
  }

  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    // setImmediate: the requests already read in this turn of the event loop join the batch.
    setImmediate(() => {
      void drain().finally(() => {
        scheduled = false;
        if (queue.length > 0) schedule();
      });
    });
  }

  return {
    /** Stores `item` with the other writes waiting; resolves after their transaction committed. */
    write(item: Item): Promise<Result> {
      return new Promise<Result>((resolve, reject) => {
        queue.push({ item, resolve, reject });
        schedule();
      });
    },
  };
}
