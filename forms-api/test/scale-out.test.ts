/**
 * Several API processes against one PostgreSQL: registration numbers stay unique and gap-free,
 * and every outbox row is sent exactly once although both processes' workers claim rows.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  createTestDatabase,
  postgresUnavailableReason,
  startTestPostgres,
  type TestPostgres,
} from '../../tests/support/postgres.ts';
import { startSmtpSink } from '../../tests/support/smtp-sink.ts';
import { JSON_HEADERS, validQuestion } from './routes/api/forms/fixtures.ts';
import { asPersonOver, TEST_ANTISPAM_ENV } from './support/antispam.ts';
import { spawnApi } from './support/spawn-api.ts';

const SUBMISSIONS = 40;
const reason = !process.env['CI'] && postgresUnavailableReason();

describe('two API processes, one PostgreSQL', { skip: reason || false }, () => {
  let server: TestPostgres | undefined;
  before(async () => {
    server = await startTestPostgres();
  });
  after(() => server?.stop());

  test('concurrent submissions to both get unique, gap-free numbers, and each e-mail goes out once', async (t) => {
    if (!server) throw new Error('PostgreSQL did not start');
    const sink = await startSmtpSink();
    t.after(() => sink.close());
    const env = {
      ...TEST_ANTISPAM_ENV,
      DATABASE_URL: await createTestDatabase(server.url),
      SMTP_URL: sink.url,
      OUTBOX_POLL_MS: '100',
      FORMS_RATE_LIMIT_MAX: '1000',
    };
    // One after the other: both would run the migrations, and Kysely's lock makes that safe anyway.
    const instances = [await spawnApi(env), await spawnApi(env)];
    t.after(() => Promise.all(instances.map((instance) => instance.stop())));

    const responses = await Promise.all(
      Array.from({ length: SUBMISSIONS }, async (_, index) => {
        const origin = instances[index % 2]?.origin ?? '';
        // Each from its own address: one address gets only three acknowledgements a day.
        const body = await asPersonOver(origin, 'question', {
          ...validQuestion,
          email: `person${String(index)}@example.ru`,
        });
        const response = await fetch(`${origin}/api/forms/question`, {
          method: 'POST',
          headers: JSON_HEADERS,
          body: JSON.stringify(body),
        });
        assert.equal(response.status, 201);
        return ((await response.json()) as { registrationNumber: string }).registrationNumber;
      }),
    );
    const serials = responses.map((number) => Number(number.slice(-6))).sort((a, b) => a - b);
    assert.deepEqual(
      serials,
      Array.from({ length: SUBMISSIONS }, (_, index) => index + 1),
    );

    await sink.waitFor(SUBMISSIONS * 2, 60_000);
    // Long enough for a second (wrong) delivery of any row to arrive.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const ids = sink.messages.map((mail) => mail.messageId);
    assert.equal(ids.length, SUBMISSIONS * 2);
    assert.equal(new Set(ids).size, ids.length, 'no message delivered twice');
  });
});
