import assert from 'node:assert/strict';
import { test } from 'node:test';
import { questionForm } from '../../../content/schemas/forms/question.ts';
import { validateForm } from '../../../content/schemas/forms/definition.ts';
import { claimDueRows } from '../../src/outbox/claim.ts';
import { onBothDatabases } from '../databases.ts';
import { build } from '../helper.ts';
import { validQuestion } from '../routes/api/forms/fixtures.ts';

onBothDatabases('outbox claim order', (newDatabaseUrl) => {
  test('under a backlog, acknowledgements are claimed before older specialist notifications', async (t) => {
    // The worker never starts (the app is not made ready), so the backlog stays as queued.
    const app = await build(t, { DATABASE_URL: await newDatabaseUrl() });
    const validation = validateForm(questionForm, validQuestion);
    assert.ok(validation.ok);
    for (let index = 0; index < 3; index += 1) {
      await app.submissions.submit(questionForm, validation.data, {
        ip: '127.0.0.1',
        userAgent: 'test',
        spam: { quarantine: false, reasons: [] },
        files: [],
      });
    }
    const { db, kind } = app.database;
    const claim = () => claimDueRows(db, kind, { now: new Date(Date.now() + 1000), leaseMs: 60_000, limit: 3 });

    const first = await claim();
    assert.deepEqual(
      first.map((row) => row.kind),
      ['ack', 'ack', 'ack'],
    );
    assert.deepEqual(new Set(first.map((row) => row.recipient)), new Set([validQuestion.email]));
    const second = await claim();
    assert.ok(second.length > 0);
    assert.ok(second.every((row) => row.kind === 'notify'));
  });
});
