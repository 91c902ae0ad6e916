/**
 * Group commit: writes that arrive while a transaction is committing wait and then share the next
 * transaction, so a burst of submissions costs one durable commit (one fsync on SQLite, one round
 * of commit and counter lock on PostgreSQL) per group instead of one per submission. A lone write
 * starts at once. Each caller still learns of its own write only after the commit that holds it.
 * When a shared transaction fails, its writes are retried one by one, so a write that cannot be
 * stored fails alone and the others are stored.
 */
import type { Kysely, Transaction } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';

/** Enough to amortise a commit; small enough that one transaction never holds the writer for long. */
const MAX_GROUP = 50;

interface Waiting<T, R> {
  entry: T;
  resolve: (result: R) => void;
  reject: (error: unknown) => void;
}

export function createGroupCommit<T, R>(
  db: Kysely<DatabaseSchema>,
  writeOne: (trx: Transaction<DatabaseSchema>, entry: T) => Promise<R>,
) {
  const waiting: Array<Waiting<T, R>> = [];
  let committing = false;

  async function commitAlone(item: Waiting<T, R>): Promise<void> {
    try {
      item.resolve(await db.transaction().execute((trx) => writeOne(trx, item.entry)));
    } catch (error) {
      item.reject(error);
    }
  }

  async function drain(): Promise<void> {
    committing = true;
    try {
      while (waiting.length > 0) {
        const group = waiting.splice(0, MAX_GROUP);
        const [only] = group;
        if (group.length === 1 && only) {
          await commitAlone(only);
          continue;
        }
        try {
          const results = await db.transaction().execute(async (trx) => {
            const stored: R[] = [];
            for (const item of group) stored.push(await writeOne(trx, item.entry));
            return stored;
          });
          group.forEach((item, index) => {
            item.resolve(results[index] as R);
          });
        } catch {
          for (const item of group) await commitAlone(item);
        }
      }
    } finally {
      committing = false;
    }
  }

  return {
    /** Resolves once the write's transaction has committed. */
    write(entry: T): Promise<R> {
      return new Promise<R>((resolve, reject) => {
        waiting.push({ entry, resolve, reject });
        if (!committing) void drain();
      });
    },
  };
}
