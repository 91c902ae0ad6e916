/**
 * Claims due outbox rows for one worker. A row is due when it is pending and its time has come,
 * or when it is `sending` but its lease expired (the worker that claimed it died).
 * PostgreSQL: `FOR UPDATE SKIP LOCKED` lets several processes claim disjoint rows at once.
 * SQLite: one UPDATE … RETURNING statement is atomic and SQLite has a single writer, so two
 * workers can never claim the same row.
 * Mail to the customer goes first: under a burst, acknowledgements must not wait behind the
 * specialists' notifications (the customer is promised a reply within a minute, staff read a queue).
 * Within each group, the oldest due row first.
 */
import type { Kysely } from 'kysely';
import type { DatabaseKind } from '../db/database.ts';
import type { DatabaseSchema, OutboxTable } from '../db/schema.ts';

export async function claimDueRows(
  db: Kysely<DatabaseSchema>,
  kind: DatabaseKind,
  options: { now: Date; leaseMs: number; limit: number },
): Promise<OutboxTable[]> {
  const now = options.now.toISOString();
  const lease = new Date(options.now.getTime() + options.leaseMs).toISOString();
  return db
    .updateTable('outbox')
    .set((eb) => ({ status: 'sending', locked_until: lease, attempts: eb('attempts', '+', 1) }))
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('outbox')
        .select('id')
        .where((w) =>
          w.or([
            w.and([w('status', '=', 'pending'), w('run_at', '<=', now)]),
            w.and([w('status', '=', 'sending'), w('locked_until', '<=', now)]),
          ]),
        )
        .orderBy((eb) => eb.case().when('kind', '=', 'notify').then(1).else(0).end())
        .orderBy('run_at')
        .limit(options.limit)
        .$if(kind === 'postgres', (query) => query.forUpdate().skipLocked()),
    )
    .returningAll()
    .execute();
}
