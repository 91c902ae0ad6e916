import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SlaSchema } from '../../../content/schemas/sla.ts';
import { computeDeadlines } from '../../../core/appeals/deadlines.ts';
import { loadSla } from '../../src/appeals/load-sla.ts';
import { loadWorkCalendar } from '../../../core/calendar/load.ts';
import { build } from '../helper.ts';
import { JSON_HEADERS, validQuestion } from '../routes/api/forms/fixtures.ts';
import { asPerson } from '../support/antispam.ts';

const sla = loadSla();
const calendar = loadWorkCalendar();
const TZ = 'Asia/Tomsk';

test('a complaint registered before the New Year holidays: interim after them, final 30 days on', () => {
  // 30 December 2025, 15:00 in Tomsk.
  const deadlines = computeDeadlines(sla, calendar, 'complaint', new Date('2025-12-30T08:00:00Z'), TZ);
  assert.deepEqual(deadlines, { register: '2026-01-12', interim: '2026-01-13', final: '2026-01-29' });
});

test('the registration day is the day in Tomsk, not in UTC', () => {
  // 22:30 UTC on Friday 20 November 2026 is already Saturday 21 November in Tomsk.
  const deadlines = computeDeadlines(sla, calendar, 'question', new Date('2026-11-20T22:30:00Z'), TZ);
  assert.deepEqual(deadlines, { register: '2026-11-23', final: '2026-11-25' });
});

test('a service request gets a callback deadline of one working day', () => {
  const deadlines = computeDeadlines(sla, calendar, 'service-request', new Date('2026-11-20T03:00:00Z'), TZ);
  assert.equal(deadlines.callback, '2026-11-23');
  assert.equal(deadlines.final, '2026-11-25');
});

test('a question gets a callback (and answer) deadline of five working days only when the customer asks for a call', () => {
  // Friday 20 November 2026: five working days on is Friday 27 November.
  const registered = new Date('2026-11-20T03:00:00Z');
  assert.equal(computeDeadlines(sla, calendar, 'question', registered, TZ).callback, undefined);
  const asked = computeDeadlines(sla, calendar, 'question', registered, TZ, true);
  assert.equal(asked.callback, '2026-11-27');
  assert.equal(asked.final, '2026-11-27', 'the call is the answer: not promised before it');
});

test('a supply-quality complaint due on a holiday moves to the next working day', () => {
  // 22 February 2026 + 15 days = 9 March 2026, a day off.
  const deadlines = computeDeadlines(sla, calendar, 'supply-quality', new Date('2026-02-22T05:00:00Z'), TZ);
  assert.equal(deadlines.final, '2026-03-10');
});

test('the SLA file must have exactly one rule for every kind of appeal', () => {
  const withoutFeedback = { ...sla, rules: sla.rules.filter((rule) => rule.kind !== 'feedback') };
  const result = SlaSchema.safeParse(withoutFeedback);
  if (result.success) assert.fail('expected a missing rule to be rejected');
  assert.deepEqual(
    result.error.issues.map((issue) => issue.message),
    ['Нет правила для вида обращения «feedback»'],
  );
});

test('an extension beyond 30 days is rejected', () => {
  const result = SlaSchema.safeParse({ ...sla, maxExtensionDays: 45 });
  if (result.success) assert.fail('expected the extension limit to be enforced');
  assert.equal(result.error.issues[0]?.message, 'Продление — не больше 30 дней');
});

test('submissions an hour apart across midnight in Tomsk get each day’s own deadlines, also when computed once a day', async (t) => {
  let clock = new Date('2026-11-19T16:30:00Z'); // Thursday 23:30 in Tomsk
  const app = await build(t, { OUTBOX_POLL_MS: '60000' }, { now: () => clock });
  const submit = async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/forms/question',
      headers: JSON_HEADERS,
      payload: await asPerson(app, 'question', validQuestion),
    });
    assert.equal(response.statusCode, 201);
    return response.json<{ deadlines: Array<{ date: string }> }>().deadlines.map((line) => line.date);
  };
  const thursday = await submit();
  assert.deepEqual(await submit(), thursday);
  clock = new Date('2026-11-19T17:30:00Z'); // Friday 00:30 in Tomsk, the same day in UTC
  const friday = await submit();
  // A question is answered within 3 working days: Tuesday 24 November from Thursday, Wednesday from Friday.
  assert.deepEqual(thursday, ['2026-11-24']);
  assert.deepEqual(friday, ['2026-11-25']);
});
