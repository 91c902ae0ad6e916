import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { postgresUnavailableReason, startTestPostgres, type TestPostgres } from '../../../../tests/support/postgres.ts';
import { appVersion } from '../../../src/config/version.ts';
import { build } from '../../helper.ts';

describe('GET /api/health', () => {
  test('reports the version and a working SQLite database', async (t) => {
    const app = await build(t);
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    assert.equal(response.statusCode, 200);
    assert.deepEqual(response.json(), {
      status: 'ok',
      version: appVersion,
      database: { kind: 'sqlite', status: 'up' },
    });
  });

  describe(
    'on PostgreSQL',
    { skip: !process.env['CI'] && postgresUnavailableReason() ? (postgresUnavailableReason() ?? true) : false },
    () => {
      let server: TestPostgres;
      before(async () => {
        server = await startTestPostgres();
      });
      after(() => {
        server.stop();
      });

      test('reports a working PostgreSQL database', async (t) => {
        const app = await build(t, { DATABASE_URL: server.url });
        const response = await app.inject({ method: 'GET', url: '/api/health' });
        assert.equal(response.statusCode, 200);
        assert.deepEqual(response.json<{ database: unknown }>().database, { kind: 'postgres', status: 'up' });
      });

      test('answers 503 when the database goes away while the server runs', async (t) => {
        // A server of its own: migrations need the database at startup, so it is stopped afterwards.
        const doomed = await startTestPostgres();
        const app = await build(t, { DATABASE_URL: doomed.url });
        doomed.stop();
        const response = await app.inject({ method: 'GET', url: '/api/health' });
        assert.equal(response.statusCode, 503);
        assert.deepEqual(response.json<{ database: unknown }>().database, { kind: 'postgres', status: 'down' });
      });
    },
  );
});
