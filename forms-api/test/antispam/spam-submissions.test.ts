import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { issueFormToken } from '../../src/antispam/form-token.ts';
import { ACKS_PER_RECIPIENT_PER_DAY } from '../../src/antispam/reasons.ts';
import { build } from '../helper.ts';
import { JSON_HEADERS, validQuestion } from '../routes/api/forms/fixtures.ts';
import { asPerson, TEST_ANTISPAM_ENV } from '../support/antispam.ts';

async function submit(app: FastifyInstance, payload: object) {
  const response = await app.inject({ method: 'POST', url: '/api/forms/question', headers: JSON_HEADERS, payload });
  assert.equal(response.statusCode, 201, 'accepted: a suspicious submission is kept, never dropped');
  const { db } = app.database;
  const submission = await db
    .selectFrom('submissions')
    .selectAll()
    .orderBy('created_at', 'desc')
    .executeTakeFirstOrThrow();
  const outbox = await db
    .selectFrom('outbox')
    .select(['kind', 'recipient'])
    .where('submission_id', '=', submission.id)
    .execute();
  return { status: submission.status, reasons: JSON.parse(submission.spam_reasons ?? '[]') as string[], outbox };
}

test('a filled honeypot quarantines: stored, flagged for review, no auto-reply', async (t) => {
  const app = await build(t, { OUTBOX_POLL_MS: '60000' });
  const person = await asPerson(app, 'question', validQuestion);
  const result = await submit(app, { ...person, website: 'http://spam.example' });
  assert.equal(result.status, 'quarantined');
  assert.deepEqual(result.reasons, ['honeypot-filled']);
  assert.deepEqual(result.outbox, [{ kind: 'notify', recipient: 'priemnaya@energosbyt.example' }]);
});

test('a missing, forged or too-fast form token quarantines', async (t) => {
  const app = await build(t, { OUTBOX_POLL_MS: '60000' });
  const person = await asPerson(app, 'question', validQuestion);
  const cases: Array<[string | undefined, string]> = [
    [undefined, 'token-missing'],
    ['1700000000000.forgedforgedforgedforgedforgedforgedforgedforg', 'token-invalid'],
    [issueFormToken(TEST_ANTISPAM_ENV.FORM_SECRET, 'question', Date.now()), 'token-too-fast'],
    [issueFormToken(TEST_ANTISPAM_ENV.FORM_SECRET, 'complaint', Date.now() - 60_000), 'token-invalid'],
  ];
  for (const [formToken, reason] of cases) {
    const result = await submit(app, { ...person, formToken, altcha: (await asPerson(app, 'question', {}))['altcha'] });
    assert.equal(result.status, 'quarantined', reason);
    assert.deepEqual(result.reasons, [reason]);
  }
});

test('no proof of work (no JavaScript) is only a note; a forged one quarantines', async (t) => {
  const app = await build(t, { OUTBOX_POLL_MS: '60000' });
  const person = await asPerson(app, 'question', validQuestion);
  const withoutJs = await submit(app, { ...person, altcha: '' });
  assert.equal(withoutJs.status, 'registered');
  assert.deepEqual(withoutJs.reasons, ['no-proof-of-work']);
  assert.equal(withoutJs.outbox.filter((row) => row.kind === 'ack').length, 1);

  const forged = await submit(app, {
    ...(await asPerson(app, 'question', validQuestion)),
    altcha: Buffer.from('{"challenge":{},"solution":{}}').toString('base64'),
  });
  assert.equal(forged.status, 'quarantined');
  assert.deepEqual(forged.reasons, ['proof-of-work-invalid']);
});

test('a solved challenge cannot be replayed', async (t) => {
  const app = await build(t, { OUTBOX_POLL_MS: '60000' });
  const person = await asPerson(app, 'question', validQuestion);
  assert.equal((await submit(app, person)).status, 'registered');
  assert.deepEqual((await submit(app, person)).reasons, ['proof-of-work-invalid', 'token-reused']);
});

test('a form token works once: a second post with it is kept but quarantined, with no acknowledgement', async (t) => {
  const app = await build(t, { OUTBOX_POLL_MS: '60000' });
  const person = await asPerson(app, 'question', validQuestion);
  assert.equal((await submit(app, person)).status, 'registered');
  const again = await submit(app, { ...person, altcha: (await asPerson(app, 'question', {}))['altcha'] });
  assert.equal(again.status, 'quarantined');
  assert.deepEqual(again.reasons, ['token-reused']);
  assert.equal(again.outbox.filter((row) => row.kind === 'ack').length, 0);
});

test('one address gets only so many acknowledgements a day; later appeals are still registered', async (t) => {
  const app = await build(t, { OUTBOX_POLL_MS: '60000' });
  const results = [];
  for (let i = 0; i <= ACKS_PER_RECIPIENT_PER_DAY; i += 1)
    results.push(await submit(app, await asPerson(app, 'question', validQuestion)));
  assert.deepEqual(
    results.map((result) => [result.status, result.outbox.filter((row) => row.kind === 'ack').length]),
    [...Array.from({ length: ACKS_PER_RECIPIENT_PER_DAY }, () => ['registered', 1]), ['registered', 0]],
  );
  assert.deepEqual(results.at(-1)?.reasons, ['ack-limit-reached']);
});

test('too many submissions from one address get 429 with a Russian explanation', async (t) => {
  const app = await build(t, { FORMS_RATE_LIMIT_MAX: '2', OUTBOX_POLL_MS: '60000' });
  const send = () => app.inject({ method: 'POST', url: '/api/forms/question', headers: JSON_HEADERS, payload: {} });
  assert.equal((await send()).statusCode, 400);
  assert.equal((await send()).statusCode, 400);
  const limited = await send();
  assert.equal(limited.statusCode, 429);
  assert.match(limited.json<{ message: string }>().message, /Подождите минуту/);
});
