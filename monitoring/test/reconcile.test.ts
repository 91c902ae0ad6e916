/** Reconciliation against a fake Uptime Kuma answering with the captured heartbeat list. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startFakeKuma } from '../../tests/support/fake-uptime-kuma.ts';
import { connectKuma } from '../src/kuma-client.ts';
import { reconcile } from '../src/reconcile.ts';
import { build } from '../../forms-api/test/helper.ts';
import { AUTH, EXPECTED_OUTAGES, SECRET, fixture } from './fixtures.ts';

const captured = fixture('socket-monitorImportantHeartbeatListPaged.json') as {
  data: { monitorID: number; time: string }[];
};

test('reconciliation fills the outages whose webhooks were lost, and changes nothing twice', async (t) => {
  const kuma = await startFakeKuma({
    users: [{ username: 'admin', password: 'a-long-password-1' }],
    monitors: new Map([[1, { id: 1, name: 'research-target' }]]),
    heartbeats: captured.data,
  });
  t.after(() => kuma.close());
  const app = await build(t, { UPTIME_KUMA_WEBHOOK_SECRET: SECRET });
  // Only the first DOWN reached the API; the rest (and the third outage's DOWN) were lost.
  const down = await app.inject({
    method: 'POST',
    url: '/api/monitoring/uptime-kuma',
    headers: AUTH,
    payload: fixture('webhook-down.json') as object,
  });
  assert.equal(down.statusCode, 202);

  const client = await connectKuma({ url: kuma.url, username: 'admin', password: 'a-long-password-1' });
  t.after(() => {
    client.close();
  });
  for (let run = 0; run < 2; run += 1) {
    const summary = await reconcile(client, app.monitoring.inbox, '2026-11-01 00:00:00.000');
    assert.deepEqual(summary, { monitors: 1, events: 5 });
    const rows = await app.database.db
      .selectFrom('outages')
      .select(['started_at', 'ended_at'])
      .orderBy('started_at')
      .execute();
    assert.deepEqual(rows, [...EXPECTED_OUTAGES, { started_at: '2026-11-22T17:47:34.745Z', ended_at: null }]);
  }
  assert.ok(kuma.state.received.includes('monitorImportantHeartbeatListPaged'));
});

test('a wrong password is reported, not ignored', async (t) => {
  const kuma = await startFakeKuma({ users: [{ username: 'admin', password: 'a-long-password-1' }] });
  t.after(() => kuma.close());
  await assert.rejects(
    connectKuma({ url: kuma.url, username: 'admin', password: 'wrong-password-22' }),
    /refused login: authIncorrectCreds/,
  );
});
