/**
 * Finding 15 of issue 15: hostile bodies on the form API get a 4xx with a Russian message naming
 * the problem, over a real socket that stays readable (fastify.inject cannot show a reset).
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { hasRussian, rawRequest } from '../../../tests/support/hostile-http.ts';
import { buildTestApp } from '../helper.ts';
import { JSON_HEADERS, validQuestion } from '../routes/api/forms/fixtures.ts';

const PATH = '/api/forms/question';
const URLENCODED = { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' };
let app: FastifyInstance;
let origin: string;

before(async () => {
  app = await buildTestApp({ FORMS_RATE_LIMIT_MAX: '1000' });
  origin = await app.listen({ host: '127.0.0.1', port: 0 });
});
after(() => app.close());

const fieldsOf = (body: string) =>
  (JSON.parse(body) as { fields?: Array<{ field: string; message: string }> }).fields ?? [];

test('multipart without a boundary or with a wrong one is a 400 that says so', async () => {
  const body = '--real\r\nContent-Disposition: form-data; name="lastName"\r\n\r\nИванова\r\n--real--\r\n';
  for (const contentType of [
    'multipart/form-data',
    'multipart/form-data; boundary=other',
    'multipart/form-data; boundary=',
  ]) {
    const answer = await rawRequest(origin, {
      path: PATH,
      headers: { 'content-type': contentType, accept: 'application/json' },
      body,
    });
    assert.equal(answer.status, 400, contentType);
    assert.match(answer.body, /multipart|границ/i, contentType);
    assert.ok(hasRussian(answer.body), contentType);
  }
});

test('a 10 MB JSON body is answered 413 in Russian, and the answer is readable', async () => {
  const body = JSON.stringify({ ...validQuestion, text: 'а'.repeat(5 * 1024 * 1024) });
  const answer = await rawRequest(origin, { path: PATH, headers: JSON_HEADERS, body });
  assert.equal(answer.status, 413);
  assert.match(answer.body, /слишком большой/);
  assert.equal(answer.brokenAfterAnswer, undefined, 'the server read the rest and kept the connection');
  const health = await rawRequest(origin, { method: 'GET', path: '/api/health' });
  assert.equal(health.status, 200);
});

test('markup in a surname is refused with a message on that field', async () => {
  const answer = await rawRequest(origin, {
    path: PATH,
    headers: JSON_HEADERS,
    body: JSON.stringify({ ...validQuestion, lastName: 'Иванова<script>alert(1)</script>' }),
  });
  assert.equal(answer.status, 400);
  const [first] = fieldsOf(answer.body);
  assert.equal(first?.field, 'lastName');
  assert.match(first.message, /Фамилия пишется буквами/);
});

test('urlencoded prototype keys and repeated fields are refused like JSON ones', async () => {
  const valid = new URLSearchParams({ ...validQuestion, consent: 'on' }).toString();
  const json = await rawRequest(origin, { path: PATH, headers: JSON_HEADERS, body: '{"__proto__": {"x": 1}}' });
  assert.equal(json.status, 400, 'the JSON form refuses a prototype key');
  for (const [extra, field] of [
    ['__proto__[isStaff]=1', '__proto__'],
    ['constructor[prototype][x]=1', 'constructor'],
    ['lastName=Петрова', 'lastName'],
  ] as const) {
    const answer = await rawRequest(origin, { path: PATH, headers: URLENCODED, body: `${valid}&${extra}` });
    assert.equal(answer.status, 400, extra);
    assert.ok(hasRussian(answer.body), extra);
    assert.match(answer.body, new RegExp(field === 'lastName' ? 'Фамилия' : 'служебн|недопустим'), extra);
  }
});
