import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nextDue, urgency } from '../../../core/appeals/status.ts';

const TOMSK = 'Asia/Tomsk';
const open = { status: 'in-progress', calledBack: false } as const;

test('a deadline is due today until midnight in Tomsk, overdue from the first second after', () => {
  // 2026-11-23 00:00 in Tomsk (UTC+7) is 2026-11-22T17:00Z.
  assert.equal(urgency('2026-11-23', new Date('2026-11-22T16:59:59Z'), TOMSK), 'upcoming');
  assert.equal(urgency('2026-11-23', new Date('2026-11-22T17:00:00Z'), TOMSK), 'due-today');
  assert.equal(urgency('2026-11-23', new Date('2026-11-23T16:59:59Z'), TOMSK), 'due-today');
  assert.equal(urgency('2026-11-23', new Date('2026-11-23T17:00:00Z'), TOMSK), 'overdue');
});

test('the same instant is judged by the company time zone, not the server one', () => {
  const instant = new Date('2026-11-23T20:00:00Z'); // 24 Nov in Tomsk, still 23 Nov in Moscow
  assert.equal(urgency('2026-11-23', instant, TOMSK), 'overdue');
  assert.equal(urgency('2026-11-23', instant, 'Europe/Moscow'), 'due-today');
});

test('a closed appeal is never overdue', () => {
  assert.equal(urgency(null, new Date('2030-01-01T00:00:00Z'), TOMSK), 'closed');
  assert.equal(nextDue({ register: '2026-11-23', final: '2026-11-24' }, { ...open, status: 'answered' }), null);
  assert.equal(nextDue({ register: '2026-11-23', final: '2026-11-24' }, { ...open, status: 'refused' }), null);
});

test('the callback binds first, then the interim answer, then the final one', () => {
  const deadlines = { register: '2026-11-23', callback: '2026-11-23', interim: '2026-11-24', final: '2026-12-22' };
  assert.equal(nextDue(deadlines, open), '2026-11-23');
  assert.equal(nextDue(deadlines, { ...open, calledBack: true }), '2026-11-24');
  assert.equal(nextDue(deadlines, { status: 'interim-answered', calledBack: true }), '2026-12-22');
});

test('an extension moves the final deadline the queue shows', () => {
  const deadlines = { register: '2026-11-23', interim: '2026-11-24', final: '2026-12-22' };
  assert.equal(
    nextDue(deadlines, { status: 'interim-answered', calledBack: false, extendedFinal: '2027-01-21' }),
    '2027-01-21',
  );
});
