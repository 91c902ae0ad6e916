/**
 * When Uptime Kuma was probing the site (issue 21): merged spans imported by the reconciliation,
 * so the monthly report can tell a month without breaks from a month without monitoring.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('monitoring_coverage')
    .addColumn('started_at', 'text', (col) => col.primaryKey())
    .addColumn('ended_at', 'text', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('monitoring_coverage').execute();
}
