/**
 * Runs a group of tests on both stores: the embedded SQLite and a real throwaway PostgreSQL
 * (tests/support/postgres.ts). `newDatabaseUrl()` gives each test an empty database.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe } from 'node:test';
import {
  createTestDatabase,
  postgresUnavailableReason,
  startTestPostgres,
  type TestPostgres,
} from '../../tests/support/postgres.ts';

export type NewDatabaseUrl = () => Promise<string>;

export function onBothDatabases(name: string, suite: (newDatabaseUrl: NewDatabaseUrl) => void): void {
  describe(`${name} (SQLite)`, () => {
    // A file, not :memory:, so a second process or a restarted app sees the same data.
    suite(() => Promise.resolve(`sqlite:${join(mkdtempSync(join(tmpdir(), 'es-sqlite-')), 'site.sqlite')}`));
  });
  const reason = !process.env['CI'] && postgresUnavailableReason();
  describe(`${name} (PostgreSQL)`, { skip: reason || false }, () => {
    let server: TestPostgres | undefined;
    before(async () => {
      server = await startTestPostgres();
    });
    after(() => server?.stop());
    suite(() => {
      if (!server) throw new Error('PostgreSQL did not start');
      return createTestDatabase(server.url);
    });
  });
}
