import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimDueRows, type Audience } from '../../src/outbox/claim.ts';
import { onBothDatabases } from '../databases.ts';
import { build } from '../helper.ts';
import { storeQuestions } from '../support/stored-question.ts';
import { validQuestion } from '../routes/api/forms/fixtures.ts';

onBothDatabases('outbox claim order', (newDatabaseUrl) => {
  test('acknowledgements are claimed in batches of their own, ahead of older specialist notifications', async (t) => {
    // The worker never starts (the app is not made ready), so the backlog stays as queued.
    const app = await build(t, { DATABASE_URL: await newDatabaseUrl() });
    await storeQuestions(app, 3);
    const { db, kind } = app.database;
    const claim = (audience: Audience) =>
      claimDueRows(db, kind, { now: new Date(Date.now() + 1000), leaseMs: 60_000, limit: 10, audience });

    // A batch of customer mail holds acknowledgements only, none of the older notifications.
    const customer = await claim('customer');
    assert.deepEqual(
      customer.map((row) => row.kind),
      ['ack', 'ack', 'ack'],
    );
    assert.deepEqual(new Set(customer.map((row) => row.recipient)), new Set([validQuestion.email]));
    const staff = await claim('staff');
    assert.deepEqual(
      staff.map((row) => row.kind),
      ['notify', 'notify', 'notify'],
    );
    assert.deepEqual(await claim('customer'), [], 'each row is claimed once');
  });
});
