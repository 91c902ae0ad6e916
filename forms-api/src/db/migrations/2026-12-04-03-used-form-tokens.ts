/**
 * Form tokens already used by a stored submission (issue 15, finding 9): a token works once, so a
 * script cannot replay one page's token to send acknowledgements. In the database, so the rule
 * holds across processes sharing one PostgreSQL.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('used_form_tokens')
    .addColumn('token', 'text', (col) => col.primaryKey())
    .addColumn('used_at', 'text', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('used_form_tokens').execute();
}
