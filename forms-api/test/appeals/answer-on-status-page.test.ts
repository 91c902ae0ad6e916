/**
 * From the public form to the answer the customer sees (issue 7, «done when»), on a real SQLite and
 * PostgreSQL: a question is submitted through the API, the specialist records the final answer
 * through the console's workflow, and the status lookup turns from «Зарегистрировано» to «Дан ответ»
 * with the answer's text.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Actor } from '../../src/appeals/workflow.ts';
import { onBothDatabases } from '../databases.ts';
import { build } from '../helper.ts';
import { JSON_HEADERS, validQuestion } from '../routes/api/forms/fixtures.ts';
import { asPerson } from '../support/antispam.ts';

onBothDatabases('an answer recorded in the console on the status page', (newDatabaseUrl) => {
  test('the customer sees the status change and the answer text', async (t) => {
    const app = await build(t, { DATABASE_URL: await newDatabaseUrl() });
    const response = await app.inject({
      method: 'POST',
      url: '/api/forms/question',
      headers: JSON_HEADERS,
      payload: await asPerson(app, 'question', validQuestion),
    });
    assert.equal(response.statusCode, 201, response.body);
    const { registrationNumber } = response.json<{ registrationNumber: string }>();
    const look = () =>
      app.statusLookup.lookup({ body: { registrationNumber, contact: '+7 913 123 45 67' }, ip: '10.0.0.1' });

    const before = await look();
    assert.equal(before.outcome, 'found');
    assert.equal(before.appeal.statusName, 'Зарегистрировано');
    assert.deepEqual(before.appeal.answers, []);

    const user = await app.staff.users.add({
      email: 'ivanova@example.ru',
      name: 'Иванова Мария Петровна',
      role: 'specialist',
      password: 'correct horse battery',
    });
    const specialist: Actor = { id: user.id, email: user.email, role: 'specialist' };
    const answer = 'Начисление выше из-за перехода на зимний норматив.';
    const recorded = await app.appeals.workflow.perform(registrationNumber, specialist, {
      action: 'final',
      text: answer,
    });
    assert.equal(recorded.ok, true);

    const after = await look();
    assert.equal(after.outcome, 'found');
    assert.equal(after.appeal.statusName, 'Дан ответ');
    assert.deepEqual(
      after.appeal.answers.map((entry) => [entry.kind, entry.body]),
      [['final-answer', answer]],
    );
  });
});
