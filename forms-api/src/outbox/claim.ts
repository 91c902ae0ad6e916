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
/**
 * Named, not «all but staff», so that a claim reads only its own due rows through the outbox_claim
 * index: under a burst, thousands of notifications wait while acknowledgements are sent, and a
 * claim that read past them each time got slower with every submission (issue 18).
 */
const KINDS: Record<Audience, Array<OutboxTable['kind']>> = { customer: ['ack', 'letter'], staff: ['notify'] };

export interface ClaimOptions {
  now: Date;
  leaseMs: number;
  limit: number;
  audience: Audience;
}

/** The claim as one statement, not yet run. */
export function claimQuery(db: Kysely<DatabaseSchema>, kind: DatabaseKind, options: ClaimOptions) {
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
        .where('kind', 'in', KINDS[options.audience])
        .orderBy('run_at')
        .limit(options.limit)
        .$if(kind === 'postgres', (query) => query.forUpdate().skipLocked()),
    )
    .returningAll();
}

export function claimDueRows(
  db: Kysely<DatabaseSchema>,
  kind: DatabaseKind,
  options: ClaimOptions,
): Promise<OutboxTable[]> {
  return claimQuery(db, kind, options).execute();
}
