/**
 * Submissions that arrive together are stored together (db/group-commit.ts): one transaction for
 * the batch. Each person must still get what storing them one by one would give: their own
 * consecutive number, a form token that works once, at most so many acknowledgements a day.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { issueFormToken } from '../../src/antispam/form-token.ts';
import { ACKS_PER_RECIPIENT_PER_DAY } from '../../src/antispam/reasons.ts';
import { onBothDatabases } from '../databases.ts';
import { build } from '../helper.ts';
import { JSON_HEADERS, validQuestion } from '../routes/api/forms/fixtures.ts';
import { TEST_ANTISPAM_ENV } from '../support/antispam.ts';

const VIEWED = Date.now() - 60_000;
const token = (n: number) => issueFormToken(TEST_ANTISPAM_ENV.FORM_SECRET, 'question', VIEWED - n);

/** Sends every body at once, as many people pressing «Отправить» at the same moment. */
async function sendTogether(app: FastifyInstance, bodies: object[]) {
  const responses = await Promise.all(
    bodies.map((payload) => app.inject({ method: 'POST', url: '/api/forms/question', headers: JSON_HEADERS, payload })),
  );
  return responses.map((response) => {
    assert.equal(response.statusCode, 201, response.body);
    return response.json<{ registrationNumber: string }>().registrationNumber;
  });
}

async function stored(app: FastifyInstance) {
  const { db } = app.database;
  const rows = await db
    .selectFrom('submissions')
    .select(['id', 'registration_number', 'status', 'spam_reasons'])
    .orderBy('registration_number')
    .execute();
  const acks = await db.selectFrom('outbox').select(['submission_id']).where('kind', '=', 'ack').execute();
  return rows.map((row) => ({
    number: row.registration_number,
    status: row.status,
    reasons: JSON.parse(row.spam_reasons ?? '[]') as string[],
    acks: acks.filter((ack) => ack.submission_id === row.id).length,
  }));
}

onBothDatabases('submissions sent at the same moment', (newDatabaseUrl) => {
  test('each person gets their own consecutive number, and what the answer says is stored', async (t) => {
    const app = await build(t, { DATABASE_URL: await newDatabaseUrl(), OUTBOX_POLL_MS: '60000' });
    const people = Array.from({ length: 8 }, (_, n) => ({
      ...validQuestion,
      email: `person-${String(n)}@example.ru`,
      formToken: token(n),
    }));
    const answered = await sendTogether(app, people);
    const rows = await stored(app);
    const year = new Date().getFullYear();
    assert.deepEqual(
      rows.map((row) => row.number),
      Array.from({ length: 8 }, (_, n) => `ВП-${String(year)}-${String(n + 1).padStart(6, '0')}`),
    );
    assert.deepEqual(
      [...answered].sort(),
      rows.map((row) => row.number),
    );
    assert.ok(rows.every((row) => row.status === 'registered' && row.acks === 1));
  });

  // Time-ordered keys (db/row-id.ts) put new rows at the end of each index: a commit writes a few
  // pages instead of one per row and index, which random keys made the largest cost of storing.
  test('rows are keyed in the order they were stored', async (t) => {
    const app = await build(t, { DATABASE_URL: await newDatabaseUrl(), OUTBOX_POLL_MS: '60000' });
    for (const batch of [0, 1, 2])
      await sendTogether(
        app,
        Array.from({ length: 3 }, (_, n) => ({
          ...validQuestion,
          email: `person-${String(batch)}-${String(n)}@example.ru`,
          formToken: token(300 + batch * 3 + n),
        })),
      );
    const { db } = app.database;
    const byKey = await db.selectFrom('submissions').select('registration_number').orderBy('id').execute();
    assert.deepEqual(
      byKey.map((row) => row.registration_number),
      (await stored(app)).map((row) => row.number),
    );
    const outbox = await db.selectFrom('outbox').select(['id', 'created_at']).orderBy('id').execute();
    assert.deepEqual(
      outbox.map((row) => row.created_at),
      outbox.map((row) => row.created_at).sort(),
    );
  });

  test('one form token sent twice at once: one registered, the other held for review without a letter', async (t) => {
    const app = await build(t, { DATABASE_URL: await newDatabaseUrl(), OUTBOX_POLL_MS: '60000' });
    const body = { ...validQuestion, formToken: token(100) };
    await sendTogether(app, [body, body]);
    const rows = await stored(app);
    assert.deepEqual(
      rows.map((row) => [row.status, row.acks]),
      [
        ['registered', 1],
        ['quarantined', 0],
      ],
    );
    assert.ok(rows[1]?.reasons.includes('token-reused'));
  });

  test('two people served the form in the same millisecond are both registered', async (t) => {
    const app = await build(t, { DATABASE_URL: await newDatabaseUrl(), OUTBOX_POLL_MS: '60000' });
    const people = ['first', 'second'].map((name) => ({
      ...validQuestion,
      email: `${name}@example.ru`,
      formToken: issueFormToken(TEST_ANTISPAM_ENV.FORM_SECRET, 'question', VIEWED - 150),
    }));
    await sendTogether(app, people);
    assert.deepEqual(
      (await stored(app)).map((row) => [row.status, row.acks]),
      [
        ['registered', 1],
        ['registered', 1],
      ],
    );
  });

  test('one address posting several at once gets only the daily number of acknowledgements', async (t) => {
    const app = await build(t, { DATABASE_URL: await newDatabaseUrl(), OUTBOX_POLL_MS: '60000' });
    const posts = Array.from({ length: ACKS_PER_RECIPIENT_PER_DAY + 2 }, (_, n) => ({
      ...validQuestion,
      formToken: token(200 + n),
    }));
    await sendTogether(app, posts);
    const rows = await stored(app);
    assert.ok(rows.every((row) => row.status === 'registered'));
    assert.equal(
      rows.reduce((sum, row) => sum + row.acks, 0),
      ACKS_PER_RECIPIENT_PER_DAY,
    );
    assert.equal(rows.filter((row) => row.reasons.includes('ack-limit-reached')).length, 2);
  });
});
