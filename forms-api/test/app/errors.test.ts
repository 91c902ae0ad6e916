import assert from 'node:assert/strict';
import { test } from 'node:test';
import { build } from '../helper.ts';

test('an unknown API address answers 404 in Russian', async (t) => {
  const app = await build(t);
  const response = await app.inject({ method: 'GET', url: '/api/no-such-thing' });
  assert.equal(response.statusCode, 404);
  assert.deepEqual(response.json(), { error: 'Не найдено', message: 'Такого адреса в API нет' });
});

test('a crash inside a route answers 500 without leaking the error', async (t) => {
  const app = await build(t);
  app.get('/api/test-crash', () => {
    throw new Error('secret connection string postgres://user:password@db');
  });
  const response = await app.inject({ method: 'GET', url: '/api/test-crash' });
  assert.equal(response.statusCode, 500);
  assert.doesNotMatch(response.body, /secret|password|stack/i);
  assert.equal(response.json<{ error: string }>().error, 'Внутренняя ошибка сервера');
});

test('malformed JSON is a 400, not a 500', async (t) => {
  const app = await build(t);
  app.post('/api/test-echo', (request) => request.body);
  const response = await app.inject({
    method: 'POST',
    url: '/api/test-echo',
    headers: { 'content-type': 'application/json' },
    payload: '{"broken": ',
  });
  assert.equal(response.statusCode, 400);
  assert.deepEqual(response.json(), {
    error: 'Некорректный запрос',
    message: 'Тело запроса не является корректным JSON',
  });
});

test('an unsupported content type is a 415 with a Russian message', async (t) => {
  const app = await build(t);
  app.post('/api/test-echo', (request) => request.body);
  const response = await app.inject({
    method: 'POST',
    url: '/api/test-echo',
    headers: { 'content-type': 'application/x-unknown' },
    payload: 'x',
  });
  assert.equal(response.statusCode, 415);
  assert.equal(response.json<{ message: string }>().message, 'Этот тип содержимого не поддерживается');
});
