/** Whatever arrives, the answer is a 4xx with a Russian message naming the field — never a 5xx. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { build } from '../helper.ts';
import { JSON_HEADERS, validQuestion } from '../routes/api/forms/fixtures.ts';
import { asPerson } from '../support/antispam.ts';

const URL = '/api/forms/question';

test('malformed JSON, a wrong content type and a huge body get Russian 4xx answers', async (t) => {
  const app = await build(t);
  const cases: Array<[Record<string, string>, string | Buffer, number, RegExp]> = [
    [JSON_HEADERS, '{"lastName": "Ив', 400, /не является корректным JSON/],
    [{ 'content-type': 'text/plain' }, 'lastName=Иванова', 415, /тип содержимого не поддерживается/],
    [JSON_HEADERS, JSON.stringify({ text: 'а'.repeat(2 * 1024 * 1024) }), 413, /слишком большой/],
  ];
  for (const [headers, payload, status, message] of cases) {
    const response = await app.inject({ method: 'POST', url: URL, headers, payload });
    assert.equal(response.statusCode, status, String(message));
    assert.match(response.json<{ message: string }>().message, message);
  }
});

test('invalid UTF-8 and control characters are refused, naming the field', async (t) => {
  const app = await build(t);
  const invalidUtf8 = await app.inject({
    method: 'POST',
    url: URL,
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    payload: Buffer.concat([
      Buffer.from('lastName='),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('&firstName='),
      Buffer.from([0xc3, 0x28]),
    ]),
  });
  assert.equal(invalidUtf8.statusCode, 400);
  const fields = invalidUtf8.json<{ fields: Array<{ field: string; message: string }> }>().fields;
  assert.deepEqual(fields.slice(0, 2), [
    { field: 'lastName', message: 'Уберите из поля «Фамилия» служебные (непечатаемые) символы' },
    { field: 'firstName', message: 'Уберите из поля «Имя» служебные (непечатаемые) символы' },
  ]);
  const control = await app.inject({
    method: 'POST',
    url: URL,
    headers: JSON_HEADERS,
    payload: { ...validQuestion, text: 'вопрос\u0007\u0000' },
  });
  assert.deepEqual(control.json<{ fields: unknown }>().fields, [
    { field: 'text', message: 'Уберите из поля «Ваш вопрос» служебные (непечатаемые) символы' },
  ]);
});

test('wrong shapes (arrays, objects, numbers) are field errors, not crashes', async (t) => {
  const app = await build(t);
  const response = await app.inject({
    method: 'POST',
    url: URL,
    headers: JSON_HEADERS,
    payload: { ...validQuestion, lastName: ['a', 'b'], firstName: { x: 1 }, email: 42, consent: 'yes' },
  });
  assert.equal(response.statusCode, 400);
  assert.deepEqual(
    response.json<{ fields: Array<{ field: string }> }>().fields.map((error) => error.field),
    ['lastName', 'firstName', 'email', 'consent'],
  );
  for (const payload of ['[]', '"text"', 'null', '42']) {
    const odd = await app.inject({ method: 'POST', url: URL, headers: JSON_HEADERS, payload });
    assert.equal(odd.statusCode, 400, payload);
  }
});

test('SQL metacharacters and HTML are stored as typed, never executed', async (t) => {
  const app = await build(t, { OUTBOX_POLL_MS: '60000' });
  const text = `'); DROP TABLE submissions; -- <script>alert("x")</script> \\ " %`;
  const response = await app.inject({
    method: 'POST',
    url: URL,
    headers: JSON_HEADERS,
    payload: await asPerson(app, 'question', { ...validQuestion, lastName: "O'Brien", text }),
  });
  assert.equal(response.statusCode, 201);
  const row = await app.database.db.selectFrom('submissions').select('payload').executeTakeFirstOrThrow();
  const stored = JSON.parse(row.payload) as Record<string, string>;
  assert.equal(stored['text'], text);
  assert.equal(stored['lastName'], "O'Brien");
});
