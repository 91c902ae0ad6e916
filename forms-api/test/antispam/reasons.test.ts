/** Why an appeal was held for review reaches the specialist in words, never as the stored codes. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findForm } from '../../../content/schemas/forms/index.ts';
import { loadCompany } from '../../../core/content/company.ts';
import { loadWorkCalendar } from '../../../core/calendar/load.ts';
import { describeReasons } from '../../src/antispam/reasons.ts';
import { composeNotification } from '../../src/mail/compose.ts';
import { createLetterContext } from '../../src/mail/letter.ts';

const ALL_REASONS = [
  'honeypot-filled',
  'token-missing',
  'token-invalid',
  'token-too-fast',
  'token-old',
  'token-expired',
  'token-reused',
  'no-proof-of-work',
  'proof-of-work-invalid',
  'ack-limit-reached',
];

test('every reason a submission can carry has a Russian description', () => {
  for (const code of ALL_REASONS) {
    const text = describeReasons(JSON.stringify([code]));
    assert.match(text, /^[а-яё]/, code);
    assert.ok(!text.includes(code), code);
  }
  assert.equal(
    describeReasons(JSON.stringify(['token-reused', 'ack-limit-reached'])),
    'с этой страницы формы обращение уже отправлено; на этот адрес за сутки уже ушло 3 письма о регистрации, это письмо не отправлено',
  );
});

test('the specialist’s notification of a quarantined appeal says why in words', () => {
  const form = findForm('question');
  assert.ok(form);
  const context = createLetterContext(
    loadCompany(),
    'Энергосбыт <robot@energosbyt.example>',
    'https://example.ru/internet-priemnaya/status/',
    loadWorkCalendar(),
    () => 'https://example.ru/internet-priemnaya/ocenka/',
  );
  const message = composeNotification(
    form,
    {
      id: '0b6f2a52-5d1c-4c37-a3a4-6f1f3b0c9e11',
      registration_number: 'ВП-2026-000123',
      receipt_token: 'token',
      form_type: 'question',
      topic: null,
      status: 'quarantined',
      spam_reasons: JSON.stringify(['honeypot-filled', 'token-reused']),
      payload: JSON.stringify({ lastName: 'Иванова', firstName: 'Мария', message: 'Вопрос.' }),
      created_at: '2026-12-04T03:15:00.000Z',
      reply_due: '2027-01-11',
      deadlines: JSON.stringify({ register: '2026-12-07', final: '2027-01-11' }),
      next_due: '2026-12-07',
      assignee_id: null,
      called_back_at: null,
      extended_final: null,
      closed_at: null,
    },
    'specialist@example.ru',
    context,
  );
  assert.match(
    message.text,
    /карантин как подозрительное: заполнено скрытое поле, которого человек не видит; с этой страницы формы обращение уже отправлено\./,
  );
  assert.doesNotMatch(message.text, /honeypot|token-reused/);
});
