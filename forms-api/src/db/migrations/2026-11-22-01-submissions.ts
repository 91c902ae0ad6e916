/**
 * Интернет-приёмная storage: submissions, consent records, gap-free registration-number counters
 * and the mail outbox. Timestamps are ISO-8601 UTC text on both databases so that string order is
 * time order and business time logic stays in TypeScript.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('registration_counters')
    .addColumn('prefix', 'text', (col) => col.notNull())
    .addColumn('year', 'integer', (col) => col.notNull())
    .addColumn('last_value', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('registration_counters_pk', ['prefix', 'year'])
    .execute();

  await db.schema
    .createTable('submissions')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('registration_number', 'text', (col) => col.notNull().unique())
    .addColumn('receipt_token', 'text', (col) => col.notNull().unique())
    .addColumn('form_type', 'text', (col) => col.notNull())
    .addColumn('topic', 'text')
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('spam_reasons', 'text')
    .addColumn('payload', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('reply_due', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('consents')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('submission_id', 'text', (col) => col.notNull().references('submissions.id'))
    .addColumn('purpose', 'text', (col) => col.notNull())
    .addColumn('text_version', 'text', (col) => col.notNull())
    .addColumn('granted_at', 'text', (col) => col.notNull())
    .addColumn('ip', 'text', (col) => col.notNull())
    .addColumn('user_agent', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('outbox')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('dedupe_key', 'text', (col) => col.notNull().unique())
    .addColumn('submission_id', 'text', (col) => col.notNull().references('submissions.id'))
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('recipient', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('attempts', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('run_at', 'text', (col) => col.notNull())
    .addColumn('locked_until', 'text')
    .addColumn('last_error', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema.createIndex('outbox_due').on('outbox').columns(['status', 'run_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['outbox', 'consents', 'submissions', 'registration_counters']) {
    await db.schema.dropTable(table).execute();
  }
}
