/**
 * Deadlines are set at registration from content/sla.yaml and the working-day calendar, and the
 * customer is told them in the API answer, the acknowledgement and (via the row) the receipt.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { simpleParser } from 'mailparser';
import { build } from '../helper.ts';
import { asPerson } from '../support/antispam.ts';
import { JSON_HEADERS, validBodies } from '../routes/api/forms/fixtures.ts';
import { waitForEml } from '../support/mail-outbox.ts';

// Thursday 30 April 2026, 12:00 in Tomsk: 1 May and the weekend follow.
const BEFORE_MAY_HOLIDAYS = new Date('2026-04-30T05:00:00Z');

test('an appeal registered before the May holidays gets working-day deadlines, told to the customer', async (t) => {
  const outbox = mkdtempSync(join(tmpdir(), 'es-mail-'));
  const app = await build(t, { MAIL_OUTBOX_DIR: outbox }, { now: () => BEFORE_MAY_HOLIDAYS });
  const response = await app.inject({
    method: 'POST',
    url: '/api/forms/appeal',
    headers: JSON_HEADERS,
    payload: await asPerson(app, 'appeal', validBodies['appeal'] ?? {}),
  });
  assert.equal(response.statusCode, 201);
  const body = response.json<{ replyDue: string; deadlines: Array<{ label: string; date: string; text: string }> }>();
  // Interim: 2 working days skipping 1–3 May; final: 30 calendar days lands on Saturday 30 May → Monday.
  assert.deepEqual(body.deadlines, [
    { label: 'Промежуточный ответ — не позднее', date: '2026-05-05', text: '5 мая 2026 г.' },
    { label: 'Ответ — не позднее', date: '2026-06-01', text: '1 июня 2026 г.' },
  ]);
  assert.equal(body.replyDue, '2026-06-01');

  const row = await app.database.db.selectFrom('submissions').selectAll().executeTakeFirstOrThrow();
  assert.equal(row.next_due, '2026-05-05', 'the queue sorts by the interim answer first');

  const ackFile = (await waitForEml(outbox, 2)).find((name) => name.startsWith('ack-'));
  assert.ok(ackFile, 'acknowledgement written to the local outbox');
  const ack = (await simpleParser(readFileSync(join(outbox, ackFile)))).text ?? '';
  assert.match(ack, /Промежуточный ответ — не позднее: 5 мая 2026 г\./);
  assert.match(ack, /Ответ — не позднее: 1 июня 2026 г\./);
});

test('a service request is told the callback deadline of one working day', async (t) => {
  const app = await build(t, {}, { now: () => BEFORE_MAY_HOLIDAYS });
  const response = await app.inject({
    method: 'POST',
    url: '/api/forms/service',
    headers: JSON_HEADERS,
    payload: await asPerson(app, 'service', validBodies['service'] ?? {}),
  });
  assert.equal(response.statusCode, 201);
  const { deadlines } = response.json<{ deadlines: Array<{ label: string; date: string }> }>();
  assert.deepEqual(
    deadlines.map(({ label, date }) => [label, date]),
    [
      ['Звонок специалиста — не позднее', '2026-05-04'],
      ['Ответ — не позднее', '2026-05-06'],
    ],
  );
});
