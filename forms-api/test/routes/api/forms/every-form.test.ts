import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { forms } from '../../../../../content/schemas/forms/index.ts';
import { fromRepoRoot } from '../../../../../core/repo-paths.ts';
import { build } from '../../../helper.ts';
import { JSON_HEADERS, validBodies } from './fixtures.ts';

test('every form has its page, is listed on the Интернет-приёмная page and has a unique prefix', () => {
  const landing = readFileSync(fromRepoRoot('content/pages/internet-priemnaya.md'), 'utf8');
  for (const form of forms) {
    assert.ok(existsSync(fromRepoRoot(`site/pages${form.pagePath.replace(/\/$/, '')}.astro`)), form.pagePath);
    assert.ok(landing.includes(`](${form.pagePath})`), `${form.pagePath} is listed`);
  }
  assert.equal(new Set(forms.map((form) => form.prefix)).size, forms.length);
});

for (const form of forms) {
  test(`${form.type}: its example is registered, an empty body names each required field`, async (t) => {
    const app = await build(t);
    const send = (payload: object) =>
      app.inject({ method: 'POST', url: `/api/forms/${form.type}`, headers: JSON_HEADERS, payload });
    const accepted = await send(validBodies[form.type] ?? {});
    assert.equal(accepted.statusCode, 201, accepted.body);
    assert.match(
      accepted.json<{ registrationNumber: string }>().registrationNumber,
      new RegExp(`^${form.prefix}-\\d{4}-000001$`),
    );

    const empty = await send({});
    assert.equal(empty.statusCode, 400);
    const required = form.fields.filter((spec) => spec.required === true).map((spec) => spec.name);
    const named = empty.json<{ fields: Array<{ field: string }> }>().fields.map((error) => error.field);
    assert.deepEqual(named, required);
  });
}

test('a company applying for a contract: ИНН and ОГРН checksums are verified', async (t) => {
  const app = await build(t);
  const response = await app.inject({
    method: 'POST',
    url: '/api/forms/contract',
    headers: JSON_HEADERS,
    payload: { ...validBodies['contract'], inn: '7000000004', ogrn: '1027000000005' },
  });
  assert.equal(response.statusCode, 400);
  assert.deepEqual(response.json<{ fields: unknown }>().fields, [
    {
      field: 'inn',
      message: 'ИНН должен состоять из 10 цифр (для ИП — из 12) с верной контрольной суммой, например 7000000003',
    },
    {
      field: 'ogrn',
      message: 'ОГРН должен состоять из 13 цифр (ОГРНИП — из 15) с верной контрольной цифрой, например 1027000000004',
    },
  ]);
});

test('readings: a two-zone meter needs the night reading; the company fields are not asked of a person', async (t) => {
  const app = await build(t);
  const response = await app.inject({
    method: 'POST',
    url: '/api/forms/readings',
    headers: JSON_HEADERS,
    payload: { ...validBodies['readings'], readingNight: '' },
  });
  assert.deepEqual(response.json<{ fields: unknown }>().fields, [
    { field: 'readingNight', message: 'Введите показание ночной зоны, например 004321' },
  ]);
});

test('feedback: anonymous needs no consent, but leaving an e-mail does', async (t) => {
  const app = await build(t);
  const response = await app.inject({
    method: 'POST',
    url: '/api/forms/feedback',
    headers: JSON_HEADERS,
    payload: { text: 'Хорошо', email: 'a@example.ru' },
  });
  assert.deepEqual(
    response.json<{ fields: Array<{ field: string }> }>().fields.map((error) => error.field),
    ['consent'],
  );
});
