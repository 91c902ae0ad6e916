import assert from 'node:assert/strict';
import { test } from 'node:test';
import { build } from '../../../helper.ts';
import { onBothDatabases } from '../../../databases.ts';
import { asPerson } from '../../../support/antispam.ts';
import { JSON_HEADERS, validQuestion } from './fixtures.ts';

onBothDatabases('POST /api/forms/question', (newDatabaseUrl) => {
  test('a valid question is registered with a readable number, its consent and two outbox rows', async (t) => {
    const app = await build(t, { DATABASE_URL: await newDatabaseUrl() });
    const response = await app.inject({
      method: 'POST',
      url: '/api/forms/question',
      headers: { ...JSON_HEADERS, 'user-agent': 'TestBrowser/1.0' },
      payload: await asPerson(app, 'question', validQuestion),
    });
    assert.equal(response.statusCode, 201);
    const body = response.json<{ registrationNumber: string; receiptUrl: string }>();
    assert.match(body.registrationNumber, /^ВП-\d{4}-000001$/);
    assert.match(body.receiptUrl, /^\/internet-priemnaya\/prinyato\/\?r=[\w-]{20,}$/);

    const { db } = app.database;
    const submission = await db.selectFrom('submissions').selectAll().executeTakeFirstOrThrow();
    assert.equal(submission.registration_number, body.registrationNumber);
    assert.equal(submission.status, 'registered');
    assert.equal(submission.spam_reasons, null);
    const stored = JSON.parse(submission.payload) as Record<string, unknown>;
    assert.equal(stored['phone'], '+79131234567', 'phone normalised to +7');

    const consents = await db.selectFrom('consents').selectAll().execute();
    assert.equal(consents.length, 1, 'marketing consent was not given, so only one record');
    const consent = consents.at(0);
    assert.ok(consent);
    assert.equal(consent.purpose, 'personal-data');
    assert.match(consent.text_version, /^[0-9a-f]{64}$/);
    assert.equal(consent.ip, '127.0.0.1');
    assert.equal(consent.user_agent, 'TestBrowser/1.0');

    const outbox = await db.selectFrom('outbox').select(['kind', 'recipient']).orderBy('kind').execute();
    assert.deepEqual(outbox, [
      { kind: 'ack', recipient: 'anna.ivanova@example.ru' },
      { kind: 'notify', recipient: 'raschety@energosbyt.example' },
    ]);
  });

  test('numbers follow each other without gaps, and a failed submission takes none', async (t) => {
    const app = await build(t, { DATABASE_URL: await newDatabaseUrl() });
    const send = (payload: object) =>
      app.inject({ method: 'POST', url: '/api/forms/question', headers: JSON_HEADERS, payload });
    const first = await send(validQuestion);
    assert.equal((await send({ ...validQuestion, consent: false })).statusCode, 400);
    const second = await send(validQuestion);
    const numbers = [first, second].map(
      (response) => response.json<{ registrationNumber: string }>().registrationNumber,
    );
    assert.deepEqual(
      numbers.map((number) => number.slice(-6)),
      ['000001', '000002'],
    );
  });

  test('a post without JavaScript is answered with 303 to its receipt', async (t) => {
    const app = await build(t, { DATABASE_URL: await newDatabaseUrl() });
    const form = new URLSearchParams({ ...validQuestion, consent: 'on' });
    const response = await app.inject({
      method: 'POST',
      url: '/api/forms/question',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      payload: form.toString(),
    });
    assert.equal(response.statusCode, 303);
    const token = new URL(response.headers.location ?? '', 'http://x').searchParams.get('r') ?? '';
    const receipt = await app.submissions.findReceipt(token);
    assert.match(receipt?.registrationNumber ?? '', /^ВП-\d{4}-000001$/);
  });
});

test('an invalid question gets 400 with a Russian message per field, in form order', async (t) => {
  const app = await build(t);
  const response = await app.inject({
    method: 'POST',
    url: '/api/forms/question',
    headers: JSON_HEADERS,
    payload: { ...validQuestion, lastName: ' ', email: '', phone: '12345', consent: false },
  });
  assert.equal(response.statusCode, 400);
  assert.deepEqual(response.json<{ fields: unknown }>().fields, [
    { field: 'lastName', message: 'Введите фамилию' },
    { field: 'email', message: 'Введите адрес электронной почты для ответа, например ivanova@example.ru' },
    {
      field: 'phone',
      message: 'Введите российский номер телефона с кодом, например 8 913 123-45-67 или (3822) 75-00-75',
    },
    {
      field: 'consent',
      message: 'Чтобы мы могли рассмотреть обращение, дайте согласие на обработку персональных данных',
    },
  ]);
  assert.equal(await app.database.db.selectFrom('submissions').select('id').executeTakeFirst(), undefined);
});

test('a paper answer needs the postal address, not the e-mail', async (t) => {
  const app = await build(t);
  const withoutEmail: Partial<typeof validQuestion> = { ...validQuestion };
  delete withoutEmail.email;
  const send = (payload: object) =>
    app.inject({ method: 'POST', url: '/api/forms/question', headers: JSON_HEADERS, payload });
  const missing = await send({ ...withoutEmail, replyChannel: 'post' });
  assert.deepEqual(response400Fields(missing.json()), ['postalAddress']);
  const ok = await send({ ...withoutEmail, replyChannel: 'post', postalAddress: '634000, г. Томск, ул. Ленина, д. 1' });
  assert.equal(ok.statusCode, 201);
});

test('«Перезвоните мне» needs a phone and sets the callback deadline the receipt and the queue use', async (t) => {
  const app = await build(t);
  const withoutPhone: Partial<typeof validQuestion> = { ...validQuestion };
  delete withoutPhone.phone;
  const send = (payload: object) =>
    app.inject({ method: 'POST', url: '/api/forms/question', headers: JSON_HEADERS, payload });
  const missing = await send({ ...withoutPhone, callbackRequested: true });
  assert.equal(missing.statusCode, 400);
  assert.deepEqual(missing.json<{ fields: unknown }>().fields, [
    { field: 'phone', message: 'Введите номер телефона, например 8 913 123-45-67' },
  ]);
  const plain = await send(withoutPhone);
  assert.equal(plain.statusCode, 201, 'without the request for a call the phone stays optional');
  const labels = (response: { json: <T>() => T }) =>
    response.json<{ deadlines: Array<{ label: string }> }>().deadlines.map((line) => line.label);
  assert.ok(!labels(plain).includes('Звонок специалиста — не позднее'));

  const asked = await send({ ...validQuestion, callbackRequested: true });
  assert.equal(asked.statusCode, 201);
  assert.deepEqual(labels(asked), ['Звонок специалиста — не позднее', 'Ответ — не позднее']);
  const row = await app.database.db
    .selectFrom('submissions')
    .select(['deadlines', 'next_due'])
    .where('registration_number', '=', asked.json<{ registrationNumber: string }>().registrationNumber)
    .executeTakeFirstOrThrow();
  const deadlines = JSON.parse(row.deadlines ?? '{}') as { callback?: string; final: string };
  assert.ok(deadlines.callback, 'the callback deadline is stored');
  // The staff queue sorts and warns by the call that is due.
  assert.equal(row.next_due, deadlines.callback);
});

function response400Fields(body: { fields?: Array<{ field: string }> }): string[] {
  return (body.fields ?? []).map((error) => error.field);
}

test('an unknown form type is a 404 naming the forms that exist', async (t) => {
  const app = await build(t);
  const response = await app.inject({ method: 'POST', url: '/api/forms/nope', headers: JSON_HEADERS, payload: {} });
  assert.equal(response.statusCode, 404);
  assert.match(response.json<{ message: string }>().message, /Такой формы нет.*question/);
});
