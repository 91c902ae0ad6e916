import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'yaml';
import { FormRoutingSchema, routeSubmission } from '../../content/schemas/form-routing.ts';
import { fromRepoRoot } from '../../core/repo-paths.ts';

const routing = FormRoutingSchema.parse(parse(readFileSync(fromRepoRoot('content/forms/routing.yaml'), 'utf8')));

test('notifications are routed by form and topic, and anything else goes to the fallback mailbox', () => {
  assert.deepEqual(routeSubmission(routing, 'question', 'billing'), ['raschety@energosbyt.example']);
  assert.deepEqual(routeSubmission(routing, 'question', 'other'), ['priemnaya@energosbyt.example']);
  assert.deepEqual(routeSubmission(routing, 'complaint', undefined), routing.fallback);
});

test('a rule with an unknown form or a topic its form does not have is refused, naming the field', () => {
  const result = FormRoutingSchema.safeParse({
    fallback: ['priemnaya@energosbyt.example'],
    rules: [
      { form: 'question', topic: 'biling', to: ['raschety@energosbyt.example'] },
      { form: 'questions', to: ['raschety@energosbyt.example'] },
    ],
  });
  assert.ok(!result.success);
  assert.deepEqual(
    result.error.issues.map((issue) => [issue.path.join('.'), issue.message.split(':')[0]]),
    [
      ['rules.0.topic', 'У этой формы нет такой темы'],
      ['rules.1.form', 'Укажите тип формы'],
    ],
  );
});
