import { PostgresAdapter, type ColumnDefinitionBuilder, type Kysely } from 'kysely';

/** Staff accounts, their sessions and the audit log of every staff action (issue 7). */
export async function up(db: Kysely<unknown>): Promise<void> {
  // SQLite numbers `integer primary key` rows itself; PostgreSQL needs an identity column.
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const serialKey = (col: ColumnDefinitionBuilder) =>
    postgres ? col.primaryKey().generatedByDefaultAsIdentity() : col.primaryKey();
  await db.schema
    .createTable('staff_users')
    .addColumn('id', 'integer', serialKey)
    .addColumn('email', 'text', (col) => col.notNull().unique())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('role', 'text', (col) => col.notNull())
    .addColumn('password_hash', 'text', (col) => col.notNull())
    .addColumn('disabled', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('staff_sessions')
    // SHA-256 of the cookie value: a leaked table does not hand out live sessions.
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('user_id', 'integer', (col) => col.notNull().references('staff_users.id').onDelete('cascade'))
    .addColumn('csrf_token', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('expires_at', 'text', (col) => col.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('staff_sessions_user').on('staff_sessions').column('user_id').execute();

  await db.schema
    .createTable('staff_audit_log')
    .addColumn('id', 'integer', serialKey)
    .addColumn('at', 'text', (col) => col.notNull())
    // No foreign key: entries outlive deleted accounts, so the actor's e-mail is copied in.
    .addColumn('actor_id', 'integer')
    .addColumn('actor_email', 'text', (col) => col.notNull())
    .addColumn('action', 'text', (col) => col.notNull())
    .addColumn('target', 'text')
    .addColumn('ip', 'text')
    .addColumn('details', 'text')
    .execute();
  await db.schema.createIndex('staff_audit_log_at').on('staff_audit_log').column('at').execute();
  await db.schema
    .createIndex('staff_audit_log_action_target')
    .on('staff_audit_log')
    .columns(['action', 'target', 'at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('staff_audit_log').execute();
  await db.schema.dropTable('staff_sessions').execute();
  await db.schema.dropTable('staff_users').execute();
}
