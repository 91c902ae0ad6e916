import assert from 'node:assert/strict';
import { test } from 'node:test';
import { build } from '../../../helper.ts';
import { validQuestion } from '../forms/fixtures.ts';
import { asPerson } from '../../../support/antispam.ts';
import { multipart } from '../../../support/multipart.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n');

test('a customer’s file is not given out without a staff session, however the path is spelled', async (t) => {
  const app = await build(t);
  await app.ready();
  const body = await multipart(await asPerson(app, 'question', { ...validQuestion, consent: 'on' }), [
    ['скан.pdf', PDF],
  ]);
  const sent = await app.inject({ method: 'POST', url: '/api/forms/question', ...body });
  assert.equal(sent.statusCode, 201, sent.body);
  const row = await app.database.db.selectFrom('attachments').select('id').executeTakeFirstOrThrow();

  for (const url of [
    `/api/staff/attachments/${row.id}`,
    `/api/%73taff/attachments/${row.id}`,
    `/api/%73%74aff/attachments/${row.id}`,
    `/api/Staff/attachments/${row.id}`,
    `//api/staff/attachments/${row.id}`,
    `/api/staff/attachments/${row.id}?x=/`,
  ]) {
    const response = await app.inject({ method: 'GET', url });
    assert.ok([401, 404].includes(response.statusCode), `${url}: ${response.statusCode}`);
    assert.notDeepEqual(response.rawPayload, PDF, url);
  }
  const encoded = await app.inject({ method: 'GET', url: `/api/%73taff/attachments/${row.id}` });
  assert.equal(encoded.statusCode, 401);
});
