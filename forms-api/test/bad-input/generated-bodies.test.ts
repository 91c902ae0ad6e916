/**
 * Property test: any body at all, to every form endpoint, in JSON or urlencoded form, is answered
 * with 201 or a 4xx carrying a Russian message — never a 5xx.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { forms } from '../../../content/schemas/forms/index.ts';
import { build } from '../helper.ts';

const fieldNames = [...new Set(forms.flatMap((form) => form.fields.map((spec) => spec.name)))];
const anyValue = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.jsonValue(),
);
const body = fc.dictionary(fc.oneof(fc.constantFrom(...fieldNames), fc.string()), anyValue);

test('generated bodies never cause a 5xx on any form', async (t) => {
  const app = await build(t, { FORMS_RATE_LIMIT_MAX: '100000', OUTBOX_POLL_MS: '60000' });
  await fc.assert(
    fc.asyncProperty(
      fc.constantFrom(...forms.map((form) => form.type), 'nope'),
      body,
      fc.boolean(),
      async (type, payload, asForm) => {
        const response = await app.inject({
          method: 'POST',
          url: `/api/forms/${encodeURIComponent(type)}`,
          headers: asForm
            ? { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' }
            : { 'content-type': 'application/json', accept: 'application/json' },
          payload: asForm
            ? new URLSearchParams(
                Object.entries(payload).map(([key, value]) => [key, JSON.stringify(value)]),
              ).toString()
            : JSON.stringify(payload),
        });
        assert.ok(response.statusCode < 500, `${String(response.statusCode)} ${response.body}`);
        if (response.statusCode >= 400) assert.match(response.json<{ message: string }>().message, /[а-яё]/i);
      },
    ),
    { numRuns: 300 },
  );
});
