/**
 * The audit log: who did what, when, to what. Every staff action and every sign-in attempt is
 * recorded here; failed sign-ins double as the rate limiter's memory (./sign-in.ts). Repeated
 * failed tries from one address are one row with a count (`recordRepeat`).
 */
import type { Kysely, Selectable } from 'kysely';
import type { DatabaseSchema, StaffAuditLogTable } from '../db/schema.ts';
import type { AuditAction, AuditFilter } from '../../../core/staff/audit-actions.ts';

export interface AuditEntryInput {
  actorId: number | null;
  /** The staff member's e-mail, `cli:<os user>` for the command line, or the e-mail typed at sign-in. */
  actorEmail: string;
  action: AuditAction;
  target?: string | null;
  ip?: string | null;
  details?: string | null;
}

export type AuditEntry = Selectable<StaffAuditLogTable>;

export function createAuditLog(db: Kysely<DatabaseSchema>, now: () => Date) {
  return {
    async record(entry: AuditEntryInput): Promise<void> {
      await db
        .insertInto('staff_audit_log')
        .values({
          at: now().toISOString(),
          actor_id: entry.actorId,
          actor_email: entry.actorEmail,
          action: entry.action,
          target: entry.target ?? null,
          ip: entry.ip ?? null,
          details: entry.details ?? null,
        })
        .execute();
    },

    /** Newest first. `from`/`to` are instants (ISO strings); the page turns local dates into them. */
    async list(filter: AuditFilter = {}): Promise<AuditEntry[]> {
      let query = db.selectFrom('staff_audit_log').selectAll();
      if (filter.action) query = query.where('action', '=', filter.action);
      if (filter.actor) query = query.where('actor_email', 'like', `%${filter.actor.toLowerCase()}%`);
      if (filter.from) query = query.where('at', '>=', filter.from);
      if (filter.to) query = query.where('at', '<', filter.to);
      return query
        .orderBy('at', 'desc')
        .orderBy('id', 'desc')
        .limit(filter.limit ?? 100)
        .offset(filter.offset ?? 0)
        .execute();
    },

    /**
     * A try that repeats the last one (same action, target and address since `since`) adds to that
     * row's count and moves its time, instead of a new row (finding 8 of issue 15).
     */
    async recordRepeat(entry: AuditEntryInput & { target: string; ip: string }, since: Date): Promise<void> {
      const last = await db
        .selectFrom('staff_audit_log')
        .select(['id', 'repeats'])
        .where('action', '=', entry.action)
        .where('target', '=', entry.target)
        .where('ip', '=', entry.ip)
        .where('at', '>=', since.toISOString())
        .orderBy('at', 'desc')
        .executeTakeFirst();
      if (!last) {
        await this.record(entry);
        return;
      }
      await db
        .updateTable('staff_audit_log')
        .set({
          at: now().toISOString(),
          repeats: last.repeats + 1,
          details: `Попыток подряд: ${String(last.repeats + 1)}`,
        })
        .where('id', '=', last.id)
        .execute();
    },

    /** How many times `action` happened for `target` (or from `ip`) since `since`, and when last. */
    async tallySince(
      action: AuditAction,
      since: Date,
      by: { target: string } | { ip: string },
    ): Promise<{ count: number; last: string | null }> {
      let query = db
        .selectFrom('staff_audit_log')
        .select((eb) => [
          eb.fn.sum<number | string | null>('repeats').as('count'),
          eb.fn.max<string | null>('at').as('last'),
        ])
        .where('action', '=', action)
        .where('at', '>=', since.toISOString());
      query = 'target' in by ? query.where('target', '=', by.target) : query.where('ip', '=', by.ip);
      const row = await query.executeTakeFirstOrThrow();
      return { count: Number(row.count ?? 0), last: row.last ?? null };
    },

    /** When `action` last happened for `target`, if ever. */
    async lastAt(action: AuditAction, target: string): Promise<string | undefined> {
      const row = await db
        .selectFrom('staff_audit_log')
        .select((eb) => eb.fn.max<string | null>('at').as('last'))
        .where('action', '=', action)
        .where('target', '=', target)
        .executeTakeFirst();
      return row?.last ?? undefined;
    },

    /** Retention: deletes entries recorded before `before`; returns how many. */
    async deleteOlderThan(before: Date): Promise<number> {
      const result = await db.deleteFrom('staff_audit_log').where('at', '<', before.toISOString()).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}

export type AuditLog = ReturnType<typeof createAuditLog>;
