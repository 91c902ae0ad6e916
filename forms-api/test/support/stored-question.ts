/**
 * A valid question stored through the app's own submission service, without HTTP or anti-spam:
 * for tests about what happens after a submission is stored (the outbox, the mail robot).
 */
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { validateForm } from '../../../content/schemas/forms/definition.ts';
import { questionForm } from '../../../content/schemas/forms/question.ts';
import { validQuestion } from '../routes/api/forms/fixtures.ts';

export async function storeQuestions(app: FastifyInstance, count = 1): Promise<void> {
  const validation = validateForm(questionForm, validQuestion);
  assert.ok(validation.ok);
  for (let index = 0; index < count; index += 1)
    await app.submissions.submit(questionForm, validation.data, {
      ip: '127.0.0.1',
      userAgent: 'test',
      spam: { quarantine: false, reasons: [] },
      files: [],
    });
}
