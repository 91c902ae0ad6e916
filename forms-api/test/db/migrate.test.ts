import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import { openDatabase } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { postgresUnavailableReason, startTestPostgres, type TestPostgres } from '../../../tests/support/postgres.ts';

const createNotes: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('notes')
      .addColumn('id', 'integer', (col) => col.primaryKey())
      .addColumn('text', 'text')
      .execute();
  },
};
const broken: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`create table this is not sql`.execute(db);
  },
};

async function runScenario(url: string): Promise<void> {
  const { db } = openDatabase(url);
  try {
    assert.deepEqual(await migrateToLatest(db, { '2026-01-01-01-notes': createNotes }), ['2026-01-01-01-notes']);
    // A second start applies nothing and keeps the data.
    await sql`insert into notes (id, text) values (1, 'kept')`.execute(db);
    assert.deepEqual(await migrateToLatest(db, { '2026-01-01-01-notes': createNotes }), []);
    const rows = await sql<{ text: string }>`select text from notes`.execute(db);
    assert.deepEqual(rows.rows, [{ text: 'kept' }]);
    await assert.rejects(
      migrateToLatest(db, { '2026-01-01-01-notes': createNotes, '2026-01-01-02-broken': broken }),
      /Database migration 2026-01-01-02-broken failed/,
    );
  } finally {
    await db.destroy();
  }
}

test('migrations apply once on SQLite, and a failing one is named', async () => {
  await runScenario('sqlite::memory:');
});

const pgSkip = !process.env['CI'] && postgresUnavailableReason();
describe('on PostgreSQL', { skip: pgSkip ? (postgresUnavailableReason() ?? true) : false }, () => {
  let server: TestPostgres;
  before(async () => {
    server = await startTestPostgres();
  });
  after(() => {
    server.stop();
  });
  test('migrations apply once on PostgreSQL, and a failing one is named', async () => {
    await runScenario(server.url);
  });
});
