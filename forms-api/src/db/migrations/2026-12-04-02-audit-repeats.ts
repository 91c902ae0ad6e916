/**
 * Repeated failed sign-ins (issue 15, finding 8) are one audit row with a count, not one row per
 * try: a script trying all night no longer fills the log. The sign-in limiter sums the counts.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('staff_audit_log')
    .addColumn('repeats', 'integer', (col) => col.notNull().defaultTo(1))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('staff_audit_log').dropColumn('repeats').execute();
}
