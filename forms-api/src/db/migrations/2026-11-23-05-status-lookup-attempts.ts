/**
 * Attempts to look up an appeal's status on the public status page: the rate limiter's memory,
 * kept in the database so the limit holds across processes sharing one PostgreSQL. Rows older
 * than a day are deleted by `npm run retention`.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('status_lookup_attempts')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('at', 'text', (col) => col.notNull())
    .addColumn('ip', 'text', (col) => col.notNull())
    .addColumn('registration_number', 'text', (col) => col.notNull())
    .addColumn('matched', 'integer', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('status_lookup_attempts_ip').on('status_lookup_attempts').columns(['ip', 'at']).execute();
  await db.schema
    .createIndex('status_lookup_attempts_number')
    .on('status_lookup_attempts')
    .columns(['registration_number', 'at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('status_lookup_attempts').execute();
}
