/**
 * Appeal processing (issue 7): each submission carries its deadlines from the SLA and the
 * working-day calendar, the date its next step is due (so the staff queue filters and sorts in
 * the database), its assignee and the dates it was called back, extended and closed. What staff
 * did with an appeal — assignment, answers, refusal, extension, notices — is kept as events; a
 * letter to the customer is an outbox row pointing at its event.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('submissions').addColumn('deadlines', 'text').execute();
  await db.schema.alterTable('submissions').addColumn('next_due', 'text').execute();
  await db.schema.alterTable('submissions').addColumn('assignee_id', 'integer').execute();
  await db.schema.alterTable('submissions').addColumn('called_back_at', 'text').execute();
  await db.schema.alterTable('submissions').addColumn('extended_final', 'text').execute();
  await db.schema.alterTable('submissions').addColumn('closed_at', 'text').execute();
  await db.schema.createIndex('submissions_queue').on('submissions').columns(['status', 'next_due']).execute();
  await db.schema.createIndex('submissions_created').on('submissions').column('created_at').execute();

  await db.schema
    .createTable('appeal_events')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('submission_id', 'text', (col) => col.notNull().references('submissions.id'))
    .addColumn('at', 'text', (col) => col.notNull())
    .addColumn('actor_id', 'integer')
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('body', 'text')
    .addColumn('details', 'text')
    .execute();
  await db.schema
    .createIndex('appeal_events_submission')
    .on('appeal_events')
    .columns(['submission_id', 'at'])
    .execute();

  await db.schema.alterTable('outbox').addColumn('event_id', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('outbox').dropColumn('event_id').execute();
  await db.schema.dropTable('appeal_events').execute();
  await db.schema.dropIndex('submissions_created').execute();
  await db.schema.dropIndex('submissions_queue').execute();
  for (const column of ['closed_at', 'extended_final', 'called_back_at', 'assignee_id', 'next_due', 'deadlines']) {
    await db.schema.alterTable('submissions').dropColumn(column).execute();
  }
}
