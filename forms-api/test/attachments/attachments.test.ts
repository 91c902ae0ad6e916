import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { startSmtpSink } from '../../../tests/support/smtp-sink.ts';
import { build } from '../helper.ts';
import { validQuestion } from '../routes/api/forms/fixtures.ts';
import { asPerson } from '../support/antispam.ts';
import { multipart } from '../support/multipart.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n');
// A Windows program: the «MZ» header and the PE signature.
const EXE = Buffer.concat([
  Buffer.from('MZ'),
  Buffer.alloc(58),
  Buffer.from([0x80, 0, 0, 0]),
  Buffer.alloc(64),
  Buffer.from('PE\0\0'),
  Buffer.alloc(200),
]);

async function post(app: FastifyInstance, files: Array<[string, Buffer]>) {
  const body = await multipart(await asPerson(app, 'question', { ...validQuestion, consent: 'on' }), files);
  return app.inject({ method: 'POST', url: '/api/forms/question', ...body });
}

test('a PDF is stored outside the web root and the specialist gets a working link, not the file', async (t) => {
  const sink = await startSmtpSink();
  t.after(() => sink.close());
  const app = await build(t, { SMTP_URL: sink.url, OUTBOX_POLL_MS: '50' });
  await app.ready();
  const response = await post(app, [['скан заявления.pdf', PDF]]);
  assert.equal(response.statusCode, 201, response.body);
  const rows = await app.database.db.selectFrom('attachments').selectAll().execute();
  assert.deepEqual(
    rows.map((row) => [row.file_name, row.content_type]),
    [['скан заявления.pdf', 'application/pdf']],
  );

  await sink.waitFor(2);
  const notification = sink.messages.find((mail) => mail.subject?.startsWith('Вопрос специалисту'));
  assert.ok(notification);
  assert.equal(notification.attachments.length, 0, 'the e-mail carries no files');
  const link = /http:\/\/127\.0\.0\.1:4321(\/api\/forms\/attachments\/\S+)/.exec(notification.text ?? '')?.[1];
  assert.ok(link, 'the e-mail links to the file');
  const download = await app.inject({ method: 'GET', url: link });
  assert.equal(download.statusCode, 200);
  assert.deepEqual(download.rawPayload, PDF);
  const forged = await app.inject({ method: 'GET', url: link.replace(/sig=.*/, 'sig=forged') });
  assert.equal(forged.statusCode, 404);
});

test('a program renamed to .pdf is refused, naming the file', async (t) => {
  const app = await build(t);
  const response = await post(app, [['счёт.pdf', EXE]]);
  assert.equal(response.statusCode, 400);
  assert.deepEqual(
    response.json<{ fields: Array<{ field: string }> }>().fields.map((error) => error.field),
    ['attachments'],
  );
  assert.match(response.json<{ message: string }>().message, /Файл «счёт\.pdf» не похож на PDF/);
  assert.equal(await app.database.db.selectFrom('submissions').select('id').executeTakeFirst(), undefined);
});

test('more than five files, or a file over 10 МБ, gets 413 with a Russian message at the file field', async (t) => {
  const app = await build(t);
  const many = await post(
    app,
    Array.from({ length: 6 }, (_, index): [string, Buffer] => [`${index}.pdf`, PDF]),
  );
  assert.equal(many.statusCode, 413);
  assert.match(many.json<{ message: string }>().message, /не больше 5 файлов/);
  const huge = await post(app, [['big.pdf', Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)])]]);
  assert.equal(huge.statusCode, 413);
  assert.match(huge.json<{ message: string }>().message, /не больше 10 МБ/);
  // The page's script shows it at the file field, like any other field error.
  assert.deepEqual(
    huge.json<{ fields: Array<{ field: string }> }>().fields.map((error) => error.field),
    ['attachments'],
  );
});

test('a form without attachments refuses files', async (t) => {
  const app = await build(t);
  const body = await multipart({ text: 'Спасибо' }, [['a.pdf', PDF]]);
  const response = await app.inject({ method: 'POST', url: '/api/forms/feedback', ...body });
  assert.equal(response.statusCode, 400);
  assert.match(response.json<{ message: string }>().message, /не принимает файлы/);
});

test('a file link in an e-mail expires, and its expiry cannot be moved', async (t) => {
  let clock = new Date('2026-03-02T09:00:00Z');
  const app = await build(t, {}, { now: () => clock });
  await app.ready();
  assert.equal((await post(app, [['скан.pdf', PDF]])).statusCode, 201);
  const row = await app.database.db.selectFrom('attachments').select('id').executeTakeFirstOrThrow();
  const link = app.attachments.link(row.id);
  assert.equal((await app.inject({ method: 'GET', url: link })).statusCode, 200);
  const later = link.replace(/exp=(\d+)/, (_, exp: string) => `exp=${String(Number(exp) + 86_400)}`);
  assert.equal((await app.inject({ method: 'GET', url: later })).statusCode, 404, 'a moved expiry is refused');
  assert.equal(
    (
      await app.inject({
        method: 'GET',
        url: `/api/forms/attachments/${row.id}?sig=${/sig=(.*)/.exec(link)?.[1] ?? ''}`,
      })
    ).statusCode,
    404,
  );
  clock = new Date('2026-05-02T09:00:00Z');
  assert.equal((await app.inject({ method: 'GET', url: link })).statusCode, 404, 'after 60 days the link is dead');
});

test('a file is kept and downloaded under its detected type’s extension, not the one it was sent with', async (t) => {
  const sink = await startSmtpSink();
  t.after(() => sink.close());
  const app = await build(t, { SMTP_URL: sink.url, OUTBOX_POLL_MS: '50' });
  await app.ready();
  assert.equal((await post(app, [['scan.hta', PDF]])).statusCode, 201);
  const row = await app.database.db.selectFrom('attachments').selectAll().executeTakeFirstOrThrow();
  assert.equal(row.file_name, 'scan.pdf');
  const download = await app.inject({ method: 'GET', url: app.attachments.link(row.id) });
  assert.match(String(download.headers['content-disposition']), /filename\*=UTF-8''scan\.pdf$/);
  await sink.waitFor(2);
  const notification = sink.messages.find((mail) => mail.subject?.startsWith('Вопрос специалисту'));
  assert.match(notification?.text ?? '', /scan\.pdf \(/);
  assert.doesNotMatch(notification?.text ?? '', /\.hta/);
});
