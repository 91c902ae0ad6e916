/**
 * Rating a final answer (issue 17, Tomsk standard Гл. 6) on a real SQLite and a real PostgreSQL,
 * through the service the rating page calls (Astro.locals.answerRatings), with the real outbox
 * mailing a real SMTP sink: the letter carries a signed personal link; the link rates once; a
 * forged, foreign or expired link is refused; bad input gets Russian messages naming the field;
 * the rating shows in the appeal's history, the monthly satisfaction and the CSV export.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Actor } from '../../src/appeals/workflow.ts';
import { checkRatingToken, issueRatingToken, RATING_LINK_DAYS } from '../../src/appeals/rating-token.ts';
import { startSmtpSink, type SmtpSink } from '../../../tests/support/smtp-sink.ts';
import { onBothDatabases } from '../databases.ts';
import { build } from '../helper.ts';
import { JSON_HEADERS, validBodies } from '../routes/api/forms/fixtures.ts';
import { asPerson, TEST_ANTISPAM_ENV } from '../support/antispam.ts';

/** Local Tomsk time (UTC+7) as an instant. */
const tomsk = (local: string) => new Date(`${local}+07:00`);
const PASSWORD = 'correct horse battery';
const SECRET = TEST_ANTISPAM_ENV.FORM_SECRET;
const LINK = /https?:\/\/\S+\/internet-priemnaya\/ocenka\/\?t=(\S+)/;

test('a rating token is signed, names its appeal and expires half a year after registration', () => {
  const submission = { id: '0b6f3f8e-5d7a-4c1e-9a57-3f0c2b1d4e5f', created_at: '2026-11-09T03:00:00.000Z' };
  const token = issueRatingToken(SECRET, submission);
  const registered = new Date(submission.created_at);
  assert.deepEqual(checkRatingToken(SECRET, token, registered), { ok: true, submissionId: submission.id });
  const lastDay = new Date(registered.getTime() + (RATING_LINK_DAYS * 24 - 1) * 3_600_000);
  assert.equal(checkRatingToken(SECRET, token, lastDay).ok, true);
  const past = new Date(registered.getTime() + (RATING_LINK_DAYS * 24 + 1) * 3_600_000);
  assert.deepEqual(checkRatingToken(SECRET, token, past), { ok: false, reason: 'expired' });

  // Another secret, another appeal, a moved expiry, a truncated or junk token: all forged.
  const [id, expires, signature] = token.split('.');
  const forged = [
    issueRatingToken('another-secret-0123456789abcdef0123456789', submission),
    `${submission.id.replace('0b6f', '1b6f')}.${expires}.${signature}`,
    `${id}.${Number(expires) + 86_400}.${signature}`,
    token.slice(0, -1),
    '',
    'x'.repeat(5000),
    undefined,
  ];
  for (const candidate of forged)
    assert.deepEqual(checkRatingToken(SECRET, candidate, registered), { ok: false, reason: 'invalid' }, candidate);
});

onBothDatabases('rating an answer', (newDatabaseUrl) => {
  let sink: SmtpSink;
  before(async () => {
    sink = await startSmtpSink();
  });
  after(() => sink.close());

  async function answered(t: import('node:test').TestContext) {
    const clock = { now: tomsk('2026-11-09T10:00:00') };
    const app = await build(
      t,
      {
        DATABASE_URL: await newDatabaseUrl(),
        SMTP_URL: sink.url,
        OUTBOX_POLL_MS: '100',
        PUBLIC_ORIGIN: 'https://www.example.ru',
      },
      { now: () => clock.now },
    );
    const user = await app.staff.users.add({
      email: 'ivanova@example.ru',
      name: 'Иванова Мария Петровна',
      role: 'specialist',
      password: PASSWORD,
    });
    const specialist: Actor = { id: user.id, email: user.email, role: 'specialist' };
    const response = await app.inject({
      method: 'POST',
      url: '/api/forms/question',
      headers: JSON_HEADERS,
      payload: await asPerson(app, 'question', validBodies['question'] ?? {}),
    });
    const number = response.json<{ registrationNumber: string }>().registrationNumber;
    clock.now = tomsk('2026-11-10T09:30:00');
    // Every test's database numbers from 000001 and the sink is shared: the text tells this letter apart.
    const text = `Начисление выросло из-за перерасчёта за октябрь (${crypto.randomUUID()}).`;
    assert.deepEqual(await app.appeals.workflow.perform(number, specialist, { action: 'final', text }), {
      ok: true,
      action: 'final',
    });
    return { app, clock, number, token: await linkIn(number, text) };
  }

  /** The token of the personal link in the final answer letter about `number`. */
  async function linkIn(number: string, containing: string): Promise<string> {
    for (let attempt = 0; attempt < 200; attempt++) {
      const letter = sink.messages.find(
        (mail) => mail.subject === `Ответ на обращение ${number}` && mail.text?.includes(containing),
      );
      const token = letter?.text?.match(LINK)?.[1];
      if (token) return token;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return assert.fail(`no final answer letter with a rating link for ${number}`);
  }

  const history = async (app: FastifyInstance, number: string) =>
    ((await app.appeals.find(number))?.events ?? []).filter((event) => event.kind === 'answer-rated');

  test('the final answer letter links the rating page; the link rates once and shows in history and reports', async (t) => {
    const { app, clock, number, token } = await answered(t);
    const ratings = app.answerRatings;
    assert.deepEqual(await ratings.open(token), { state: 'open', registrationNumber: number });

    // Nothing chosen, an over-long comment: Russian messages naming each field, nothing stored.
    const rejected = await ratings.rate(token, { rating: '7', comment: 'о'.repeat(1001) });
    assert.deepEqual(rejected, {
      state: 'rejected',
      registrationNumber: number,
      errors: [
        { field: 'rating', message: 'Выберите оценку ответа: от 1 (очень плохо) до 5 (отлично)' },
        { field: 'comment', message: 'Комментарий должен быть не длиннее 1000 символов — сократите его' },
      ],
    });
    assert.deepEqual(await history(app, number), []);

    clock.now = tomsk('2026-11-12T20:00:00');
    assert.deepEqual(await ratings.rate(token, { rating: '4', comment: '  Понятно, но долго.  ' }), {
      state: 'saved',
      registrationNumber: number,
      score: 4,
    });
    const [event, ...more] = await history(app, number);
    assert.deepEqual(more, []);
    assert.equal(event?.body, 'Понятно, но долго.');
    assert.deepEqual(JSON.parse(event.details ?? '{}'), { score: 4 });
    assert.equal(event.actorName, null);

    // Single use: the second post and a later visit find it rated; the first rating stands.
    assert.deepEqual(await ratings.rate(token, { rating: '1' }), { state: 'rated', registrationNumber: number });
    assert.deepEqual(await ratings.open(token), { state: 'rated', registrationNumber: number });
    assert.equal((await history(app, number)).length, 1);
    // No letter is written about a rating.
    const letters = await app.database.db.selectFrom('outbox').select('kind').where('kind', '=', 'letter').execute();
    assert.equal(letters.length, 1);

    const report = await app.appealReports.build({ from: '2026-10-01', to: '2026-11-30' }, '2026-11-30');
    assert.deepEqual(
      report.satisfaction.map((month) => [month.month, month.ratings, month.average, month.satisfiedShare]),
      [
        ['2026-10', 0, null, null],
        ['2026-11', 1, 4, 1],
      ],
    );
    const rows = [];
    for await (const row of app.appealReports.rows({ from: '2026-11-01', to: '2026-11-30' }, '2026-11-30'))
      rows.push([row.registrationNumber, row.rating]);
    assert.deepEqual(rows, [[number, 4]]);
  });

  test('two posts of one link at once store one rating', async (t) => {
    const { app, number, token } = await answered(t);
    const results = await Promise.all([
      app.answerRatings.rate(token, { rating: '5' }),
      app.answerRatings.rate(token, { rating: '2' }),
    ]);
    assert.deepEqual(results.map((result) => result.state).sort(), ['rated', 'saved']);
    assert.equal((await history(app, number)).length, 1);
  });

  test('a forged, foreign or expired link is refused and stores nothing', async (t) => {
    const { app, clock, number, token } = await answered(t);
    const ratings = app.answerRatings;
    const forged = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    assert.deepEqual(await ratings.open(forged), { state: 'invalid' });
    assert.deepEqual(await ratings.rate(forged, { rating: '5' }), { state: 'invalid' });
    assert.deepEqual(await ratings.rate('<script>alert(1)</script>', { rating: '5' }), { state: 'invalid' });
    // Signed with our secret, but for no appeal of ours (one removed after its retention period).
    const unknown = issueRatingToken(SECRET, { id: crypto.randomUUID(), created_at: clock.now.toISOString() });
    assert.deepEqual(await ratings.open(unknown), { state: 'invalid' });

    clock.now = new Date(clock.now.getTime() + (RATING_LINK_DAYS + 1) * 24 * 3_600_000);
    assert.deepEqual(await ratings.open(token), { state: 'expired' });
    assert.deepEqual(await ratings.rate(token, { rating: '5' }), { state: 'expired' });
    assert.deepEqual(await history(app, number), []);
  });
});
