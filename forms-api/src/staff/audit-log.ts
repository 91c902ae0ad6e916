/**
 * The audit log: who did what, when, to what. Every staff action and every sign-in attempt is
 * recorded here; failed sign-ins double as the rate limiter's memory (./sign-in.ts).
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

    /** How many times `action` happened for `target` (or from `ip`) since `since`. */
    async countSince(action: AuditAction, since: Date, by: { target: string } | { ip: string }): Promise<number> {
      let query = db
        .selectFrom('staff_audit_log')
        .select((eb) => eb.fn.countAll<number | string>().as('count'))
        .where('action', '=', action)
        .where('at', '>=', since.toISOString());
      query = 'target' in by ? query.where('target', '=', by.target) : query.where('ip', '=', by.ip);
      const row = await query.executeTakeFirstOrThrow();
      return Number(row.count);
    },

    /** Retention: deletes entries recorded before `before`; returns how many. */
    async deleteOlderThan(before: Date): Promise<number> {
      const result = await db.deleteFrom('staff_audit_log').where('at', '<', before.toISOString()).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}

export type AuditLog = ReturnType<typeof createAuditLog>;
