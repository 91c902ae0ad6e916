import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import { forms } from '../../../content/schemas/forms/index.ts';
import { buildApp } from '../../src/app.ts';
import { loadEnv } from '../../src/config/env.ts';
import { build } from '../helper.ts';
import { JSON_HEADERS, validQuestion } from '../routes/api/forms/fixtures.ts';

test('the OpenAPI description lists every form with its fields, limits and required ones', async (t) => {
  const app = await build(t);
  const response = await app.inject({ method: 'GET', url: '/api/docs/openapi.json' });
  assert.equal(response.statusCode, 200);
  const document = response.json<{
    paths: Record<string, { post: { requestBody: { content: Record<string, { schema: Record<string, unknown> }> } } }>;
  }>();
  assert.deepEqual(
    Object.keys(document.paths),
    forms.map((form) => `/api/forms/${form.type}`),
  );
  const schema = document.paths['/api/forms/question']?.post.requestBody.content['application/json']?.schema as {
    required: string[];
    properties: Record<string, { maxLength?: number; title?: string; enum?: string[] }>;
  };
  assert.deepEqual(schema.required, ['lastName', 'firstName', 'replyChannel', 'topic', 'text', 'consent']);
  assert.equal(schema.properties['text']?.maxLength, 4000);
  assert.equal(schema.properties['lastName']?.title, 'Фамилия');
  assert.deepEqual(schema.properties['replyChannel']?.enum, ['email', 'post']);
});

test('a POST from another site is refused with 403; our own origin and origin-less clients pass', async (t) => {
  const app = await build(t, { PUBLIC_ORIGIN: 'https://www.example.ru' });
  const send = (origin?: string) =>
    app.inject({
      method: 'POST',
      url: '/api/forms/question',
      headers: { ...JSON_HEADERS, ...(origin ? { origin } : {}) },
      payload: {},
    });
  const foreign = await send('https://evil.example');
  assert.equal(foreign.statusCode, 403);
  assert.match(foreign.json<{ message: string }>().message, /не с нашего сайта/);
  assert.equal((await send('https://www.example.ru')).statusCode, 400);
  assert.equal((await send()).statusCode, 400);
});

test('logs carry no personal data: no query strings, no bodies', async (t) => {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      lines.push(chunk.toString());
      callback();
    },
  });
  const app = await buildApp({
    env: loadEnv({ DATABASE_URL: 'sqlite::memory:', MAIL_OUTBOX_DIR: mkdtempSync(join(tmpdir(), 'es-mail-')) }),
    serveSite: false,
    logger: { level: 'info', stream },
  });
  t.after(() => app.close());
  await app.inject({ method: 'GET', url: `/api/forms/challenge?text=${encodeURIComponent('Иванова Анна, долг')}` });
  await app.inject({ method: 'POST', url: '/api/forms/question', headers: JSON_HEADERS, payload: validQuestion });
  const log = lines.join('');
  assert.match(log, /submission accepted/, 'the log does record the event');
  for (const secret of ['Иванова', 'anna.ivanova@example.ru', '+79131234567', 'Почему в ноябре', '%D0']) {
    assert.ok(!log.includes(secret), `${secret} is not logged`);
  }
});
