/**
 * The OpenAPI description carries the form rules, so a client generated from it sends what the
 * API accepts: an example sampled from each form's request schema is registered, and a body the
 * API refuses (a missing conditional field, a malformed reading) is refused by the schema too.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { sample } from 'openapi-sampler';
import type { FastifyInstance } from 'fastify';
import { forms } from '../../../content/schemas/forms/index.ts';
import { build } from '../helper.ts';
import { JSON_HEADERS, validBodies, validQuestion } from '../routes/api/forms/fixtures.ts';

type OpenApiDocument = {
  paths: Record<string, { post: { requestBody: { content: Record<string, { schema: object }> } } }>;
};

async function describedSchemas(app: FastifyInstance) {
  const document = (await app.inject({ method: 'GET', url: '/api/docs/openapi.json' })).json<OpenApiDocument>();
  const schemaOf = (type: string) => {
    const schema = document.paths[`/api/forms/${type}`]?.post.requestBody.content['application/json']?.schema;
    assert.ok(schema, `${type} is described`);
    return schema;
  };
  const ajv = new Ajv2020({ allErrors: true });
  addFormats(ajv);
  return { document, schemaOf, validatorOf: (type: string) => ajv.compile(schemaOf(type)) };
}

const post = (app: FastifyInstance, type: string, payload: object) =>
  app.inject({ method: 'POST', url: `/api/forms/${type}`, headers: JSON_HEADERS, payload });

test('an example generated from each form’s OpenAPI schema is registered', async (t) => {
  // One client sends every form in a row.
  const app = await build(t, { FORMS_RATE_LIMIT_MAX: String(forms.length) });
  const { document, schemaOf } = await describedSchemas(app);
  for (const form of forms) {
    const body = sample(schemaOf(form.type), {}, document) as object;
    const response = await post(app, form.type, body);
    assert.equal(response.statusCode, 201, `${form.type}: ${JSON.stringify(body)} → ${response.body}`);
  }
});

test('the schema accepts each form’s known-good body: it is no stricter than the API', async (t) => {
  const app = await build(t);
  const { validatorOf } = await describedSchemas(app);
  for (const form of forms) {
    const validate = validatorOf(form.type);
    assert.ok(validate(validBodies[form.type]), `${form.type}: ${JSON.stringify(validate.errors)}`);
  }
});

test('bodies the API refuses are refused by the schema too: conditional contacts and the readings format', async (t) => {
  const app = await build(t);
  const { validatorOf } = await describedSchemas(app);
  const withoutEmail = Object.fromEntries(Object.entries(validQuestion).filter(([name]) => name !== 'email'));
  const refused: Array<[type: string, body: object, field: string]> = [
    // The answer goes by e-mail, but there is no address.
    ['question', withoutEmail, 'email'],
    // «Перезвоните мне» without a phone number.
    ['question', { ...validQuestion, phone: '', callbackRequested: true }, 'phone'],
    ['readings', { ...validBodies['readings'], readingDay: '12 345 кВт·ч' }, 'readingDay'],
  ];
  for (const [type, body, field] of refused) {
    const response = await post(app, type, body);
    assert.equal(response.statusCode, 400, `${type} without a valid ${field}`);
    assert.deepEqual(
      response.json<{ fields: Array<{ field: string }> }>().fields.map((error) => error.field),
      [field],
    );
    assert.equal(validatorOf(type)(body), false, `the schema refuses ${type} without a valid ${field}`);
  }
});
