/**
 * Claims due outbox rows for one worker. A row is due when it is pending and its time has come,
 * or when it is `sending` but its lease expired (the worker that claimed it died): such rows are
 * made pending again first.
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
/**
 * Each kind is claimed by a statement of its own, in this order: its due rows are then a range of
 * the outbox_claim index (status, kind, run_at), read oldest first until the limit. A claim of
 * several kinds at once (or of pending rows and expired leases in one condition) made the database
 * gather every due row and sort them, each time: under a burst thousands (issue 18).
 */
const KINDS: Record<Audience, Array<OutboxTable['kind']>> = { customer: ['ack', 'letter'], staff: ['notify'] };

export interface ClaimOptions {
  now: Date;
  leaseMs: number;
  limit: number;
  audience: Audience;
}

/** The claim of one kind's due rows as one statement, not yet run. */
export function claimQuery(
  db: Kysely<DatabaseSchema>,
  kind: DatabaseKind,
  options: Omit<ClaimOptions, 'audience'> & { kind: OutboxTable['kind'] },
) {
  const now = options.now.toISOString();
  const lease = new Date(options.now.getTime() + options.leaseMs).toISOString();
  return db
    .updateTable('outbox')
    .set((eb) => ({ status: 'sending', locked_until: lease, attempts: eb('attempts', '+', 1) }))
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('outbox')
        .select('id')
        .where('status', '=', 'pending')
        .where('kind', '=', options.kind)
        .where('run_at', '<=', now)
        .orderBy('run_at')
        .limit(options.limit)
        .$if(kind === 'postgres', (query) => query.forUpdate().skipLocked()),
    )
    .returningAll();
}

/**
 * Rows whose sender died mid-send (their lease ran out) are due again. They keep their time, so
 * they are claimed ahead of newer ones.
 */
function releaseExpiredLeases(db: Kysely<DatabaseSchema>, audience: Audience, now: Date) {
  return db
    .updateTable('outbox')
    .set({ status: 'pending', locked_until: null })
    .where('status', '=', 'sending')
    .where('kind', 'in', KINDS[audience])
    .where('locked_until', '<=', now.toISOString())
    .execute();
}

/** Up to `limit` due rows of the audience, claimed for this worker. */
export async function claimDueRows(
  db: Kysely<DatabaseSchema>,
  kind: DatabaseKind,
  options: ClaimOptions,
): Promise<OutboxTable[]> {
  await releaseExpiredLeases(db, options.audience, options.now);
  const claimed: OutboxTable[] = [];
  for (const rowKind of KINDS[options.audience]) {
    if (claimed.length === options.limit) break;
    claimed.push(
      ...(await claimQuery(db, kind, { ...options, limit: options.limit - claimed.length, kind: rowKind }).execute()),
    );
  }
  return claimed;
}
