import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { simpleParser } from 'mailparser';
import { build } from '../helper.ts';
import { asPerson } from '../support/antispam.ts';
import { JSON_HEADERS, validQuestion } from '../routes/api/forms/fixtures.ts';
import { waitForEml } from '../support/mail-outbox.ts';

test('without SMTP configured, the mail is written as .eml files to the local outbox folder', async (t) => {
  const outboxDir = mkdtempSync(join(tmpdir(), 'es-eml-'));
  // No SMTP_URL: the embedded default.
  const app = await build(t, { MAIL_OUTBOX_DIR: outboxDir, OUTBOX_POLL_MS: '100' });
  const response = await app.inject({
    method: 'POST',
    url: '/api/forms/question',
    headers: JSON_HEADERS,
    payload: await asPerson(app, 'question', {
      ...validQuestion,
      text: 'Счёт & «пени» <img src=x onerror=alert(2)>',
    }),
  });
  assert.equal(response.statusCode, 201);
  const { registrationNumber } = response.json<{ registrationNumber: string }>();

  const files = await waitForEml(outboxDir, 2);
  assert.deepEqual(files, [
    `ack-${registrationNumber}.eml`,
    `notify-${registrationNumber}-raschety_energosbyt.example.eml`,
  ]);
  const [ackFile, notifyFile] = files.map((name) => readFileSync(join(outboxDir, name)));
  assert.ok(ackFile && notifyFile);

  // Raw headers as a mail client or a relay reads them: Cyrillic only as RFC 2047 encoded words.
  const rawHeaders = ackFile.toString('utf8').split('\n\n')[0] ?? '';
  assert.match(rawHeaders, /^Subject: =\?UTF-8\?/m);
  assert.match(rawHeaders, /^MIME-Version: 1\.0$/m);
  assert.match(rawHeaders, /^Content-Type: multipart\/alternative;/m);
  assert.match(rawHeaders, /^Date: /m);
  assert.ok(!/[^\t\n\r -~]/.test(rawHeaders), 'headers are 7-bit ASCII');

  const ack = await simpleParser(ackFile);
  assert.equal(ack.subject, `Обращение ${registrationNumber} зарегистрировано`);
  assert.deepEqual(ack.from?.value[0], { address: 'noreply@energosbyt.example', name: 'Интернет-приёмная' });
  assert.equal(ack.to && !Array.isArray(ack.to) ? ack.to.value[0]?.address : undefined, validQuestion.email);
  assert.match(ack.messageId ?? '', /^<ack\..+@energosbyt\.example>$/);
  assert.match(ack.text ?? '', new RegExp(`Регистрационный номер: ${registrationNumber}`));
  assert.match(ack.text ?? '', /Вид обращения: Вопрос специалисту/);
  // The reply deadline as a Russian date (its wording is the acknowledgement's own business).
  assert.match(ack.text ?? '', /не позднее: \d+ [а-я]+ \d{4}/);
  // Names refuse markup (issue 15); the typed text, which may hold it, is checked escaped below.

  const notification = await simpleParser(notifyFile);
  assert.equal(notification.subject, `Вопрос специалисту: ${registrationNumber}`);
  const html = String(notification.html);
  assert.match(html, /Счёт &#38; «пени» &#60;img src=x onerror=alert\(2\)&#62;/);
  assert.ok(!html.includes('<img'), 'no markup from the form reaches the specialist either');
  assert.match(notification.text ?? '', /Ваш вопрос: Счёт & «пени» <img src=x onerror=alert\(2\)>/);

  const rows = await app.database.db.selectFrom('outbox').select('status').execute();
  assert.deepEqual(
    rows.map((row) => row.status),
    ['sent', 'sent'],
  );
});
