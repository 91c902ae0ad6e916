import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startSmtpSink } from '../../../tests/support/smtp-sink.ts';
import { onBothDatabases } from '../databases.ts';
import { JSON_HEADERS, validQuestion } from '../routes/api/forms/fixtures.ts';
import { asPersonOver, TEST_ANTISPAM_ENV } from '../support/antispam.ts';
import { spawnApi } from '../support/spawn-api.ts';

onBothDatabases('process killed between commit and send', (newDatabaseUrl) => {
  test('the mail still goes out, once, after a restart', async (t) => {
    const sink = await startSmtpSink();
    t.after(() => sink.close());
    // The mail server takes the message but never confirms it: the first process dies mid-send.
    sink.hang = true;
    const env = {
      ...TEST_ANTISPAM_ENV,
      DATABASE_URL: await newDatabaseUrl(),
      SMTP_URL: sink.url,
      OUTBOX_POLL_MS: '100',
      OUTBOX_LEASE_MS: '1000',
    };
    const first = await spawnApi(env);
    t.after(() => first.stop());
    const response = await fetch(`${first.origin}/api/forms/question`, {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify(await asPersonOver(first.origin, 'question', validQuestion)),
    });
    assert.equal(response.status, 201);
    const { registrationNumber } = (await response.json()) as { registrationNumber: string };
    await new Promise((resolve) => setTimeout(resolve, 500));
    await first.crash();
    assert.equal(sink.messages.length, 0);

    sink.hang = false;
    const second = await spawnApi(env);
    t.after(() => second.stop());
    await sink.waitFor(2);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    assert.equal(sink.messages.length, 2, 'acknowledgement and notification, each once');
    assert.ok(sink.messages.some((mail) => mail.subject === `Обращение ${registrationNumber} зарегистрировано`));
  });
});
