/**
 * The outage ledger (issue 9): raw Uptime Kuma events stored before they are processed, outages per
 * monitor, and the log of staff edits to a published notice's cause. Times are UTC ISO-8601 text.
 */
import { PostgresAdapter, type ColumnDefinitionBuilder, type Kysely } from 'kysely';

/** An auto-numbered key: SQLite's AUTOINCREMENT is not PostgreSQL syntax, and identity is not SQLite's. */
function autoId(db: Kysely<unknown>) {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  return (col: ColumnDefinitionBuilder) =>
    postgres ? col.primaryKey().generatedByDefaultAsIdentity() : col.primaryKey().autoIncrement();
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('monitoring_events')
    .addColumn('id', 'integer', autoId(db))
    .addColumn('received_at', 'text', (col) => col.notNull())
    .addColumn('source', 'text', (col) => col.notNull())
    .addColumn('body', 'text', (col) => col.notNull())
    .addColumn('processed_at', 'text')
    .addColumn('outcome', 'text')
    .execute();
  await db.schema.createIndex('monitoring_events_pending').on('monitoring_events').column('processed_at').execute();

  await db.schema
    .createTable('outages')
    .addColumn('id', 'integer', autoId(db))
    .addColumn('monitor_id', 'integer', (col) => col.notNull())
    .addColumn('monitor_name', 'text')
    .addColumn('scope', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('started_at', 'text', (col) => col.notNull())
    .addColumn('first_failure_at', 'text')
    .addColumn('ended_at', 'text')
    .addColumn('down_message', 'text', (col) => col.notNull())
    .addColumn('origin', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('closed_recorded_at', 'text')
    .addColumn('cause', 'text')
    .addUniqueConstraint('outages_monitor_start', ['monitor_id', 'started_at'])
    .execute();

  await db.schema
    .createTable('outage_cause_edits')
    .addColumn('id', 'integer', autoId(db))
    .addColumn('outage_id', 'integer', (col) => col.notNull().references('outages.id').onDelete('cascade'))
    .addColumn('editor', 'text', (col) => col.notNull())
    .addColumn('edited_at', 'text', (col) => col.notNull())
    .addColumn('old_cause', 'text')
    .addColumn('new_cause', 'text', (col) => col.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('outage_cause_edits').execute();
  await db.schema.dropTable('outages').execute();
  await db.schema.dropTable('monitoring_events').execute();
}
