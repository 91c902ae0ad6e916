/**
 * Claims due outbox rows for one worker. A row is due when it is pending and its time has come,
 * or when it is `sending` but its lease expired (the worker that claimed it died).
 * PostgreSQL: `FOR UPDATE SKIP LOCKED` lets several processes claim disjoint rows at once.
 * SQLite: one UPDATE … RETURNING statement is atomic and SQLite has a single writer, so two
 * workers can never claim the same row.
 */
import type { Kysely } from 'kysely';
import type { DatabaseKind } from '../db/database.ts';
import type { DatabaseSchema, OutboxTable } from '../db/schema.ts';

/**
 * Whom a message is for. The customer is promised an acknowledgement within a minute, so the
 * worker takes customer mail in batches of its own, and staff notifications only when none waits:
 * under a burst, acknowledgements never queue behind notifications.
 */
export type Audience = 'customer' | 'staff';
const STAFF_KINDS: Array<OutboxTable['kind']> = ['notify'];

export async function claimDueRows(
  db: Kysely<DatabaseSchema>,
  kind: DatabaseKind,
  options: { now: Date; leaseMs: number; limit: number; audience: Audience },
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
        .where('kind', options.audience === 'staff' ? 'in' : 'not in', STAFF_KINDS)
        .orderBy('run_at')
        .limit(options.limit)
        .$if(kind === 'postgres', (query) => query.forUpdate().skipLocked()),
    )
    .returningAll()
    .execute();
}
