/**
 * The customer's rating of a final answer (issue 17, Tomsk standard Гл. 6): one row per appeal. The
 * primary key makes the personal link single-use in the database itself, so two posts of the same
 * link (two tabs, two processes sharing one PostgreSQL) store one rating.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('answer_ratings')
    .addColumn('submission_id', 'text', (col) => col.primaryKey().references('submissions.id'))
    .addColumn('score', 'integer', (col) => col.notNull())
    .addColumn('comment', 'text')
    .addColumn('rated_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('answer_ratings_rated').on('answer_ratings').column('rated_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('answer_ratings').execute();
}
