/**
 * Every e-mail the site sends, composed with sample data for every form and every kind of letter,
 * reads as a proofreader would pass it: no glued words, a space after «,», «:» and «.», no «г..».
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forms } from '../../../content/schemas/forms/index.ts';
import { loadCompany } from '../../../core/content/company.ts';
import { describeFindings, htmlTypography, textTypography } from '../../../tests/support/typography.ts';
import type { SubmissionTable } from '../../src/db/schema.ts';
import { composeAck, composeNotification } from '../../src/mail/compose.ts';
import { composeLetter, createLetterContext, LETTER_KINDS } from '../../src/mail/letter.ts';
import type { OutgoingMessage } from '../../src/mail/transport.ts';
import { loadRefusalGrounds } from '../../src/appeals/load-sla.ts';
import { loadWorkCalendar } from '../../../core/calendar/load.ts';

const company = loadCompany();
const context = createLetterContext(
  company,
  'Энергосбыт <robot@energosbyt.example>',
  'https://example.ru/internet-priemnaya/status/',
  loadWorkCalendar(),
  // The final answer's invitation to rate it is read too.
  (answered) => `https://example.ru/internet-priemnaya/ocenka/?t=${answered.id}.1798675200.signature`,
);
const grounds = loadRefusalGrounds();

function submission(type: string, status: SubmissionTable['status'] = 'registered'): SubmissionTable {
  return {
    id: '0b6f2a52-5d1c-4c37-a3a4-6f1f3b0c9e11',
    registration_number: 'ВП-2027-000123',
    receipt_token: 'token',
    form_type: type,
    topic: null,
    status,
    spam_reasons: status === 'quarantined' ? JSON.stringify(['honeypot-filled', 'no-proof-of-work']) : null,
    payload: JSON.stringify({
      lastName: 'Иванова',
      firstName: 'Мария',
      middleName: 'Петровна',
      email: 'ivanova@example.ru',
      message: 'Прошу проверить начисление за ноябрь.',
    }),
    created_at: '2026-12-30T03:15:00.000Z',
    reply_due: '2027-01-29',
    deadlines: JSON.stringify({ register: '2027-01-11', final: '2027-01-29', interim: '2027-01-12' }),
    next_due: '2027-01-12',
    assignee_id: null,
    called_back_at: null,
    extended_final: null,
    closed_at: null,
  };
}

function letters(): OutgoingMessage[] {
  return forms.flatMap((form) => {
    const registered = submission(form.type);
    const mail = [
      composeAck(form, registered, 'ivanova@example.ru', context),
      composeNotification(form, registered, 'specialist@example.ru', context, [
        { fileName: 'scan.pdf', size: 120_000, url: 'https://example.ru/files/1' },
      ]),
      composeNotification(form, submission(form.type, 'quarantined'), 'specialist@example.ru', context),
    ];
    for (const kind of LETTER_KINDS) {
      const event = {
        id: '7d1e4c6a-0000-4000-8000-000000000001',
        kind,
        body: 'Начисление проверено, перерасчёт выполнен.',
        details: JSON.stringify({ to: '2027-02-26', expected: '2027-01-20', ground: grounds[0]?.code ?? '' }),
        at: '2027-01-10T04:00:00.000Z',
        actorName: 'Петрова Анна Сергеевна',
      };
      const basis = (code: string) => grounds.find((ground) => ground.code === code)?.basis;
      mail.push(composeLetter(form, registered, event, 'ivanova@example.ru', context, basis));
    }
    return mail;
  });
}

test('every composed letter passes the typography check in text, HTML and subject', () => {
  const findings = letters().flatMap((message) =>
    [
      ...describeFindings(textTypography(message.text)),
      ...describeFindings(htmlTypography(message.html)),
      ...describeFindings(textTypography(message.subject)),
    ].map((finding) => `${message.fileStem}: ${finding}`),
  );
  assert.deepEqual([...new Set(findings)], []);
});

test('a deadline in a year whose days off are unchecked is called provisional in the letter, a checked one is not', () => {
  const form = forms[0];
  assert.ok(form);
  const provisional = '(дата предварительная: перенос выходных дней в 2027 году ещё не учтён)';
  // content/calendar/2027.yaml is provisional until the decree is out.
  assert.match(
    composeAck(form, submission(form.type), 'ivanova@example.ru', context).text,
    /Ответ — не позднее: 29 января 2027 г\. \(дата предварительная/,
  );
  const checked = { ...context, calendar: { uncheckedYears: () => [] } };
  const ack = composeAck(form, submission(form.type), 'ivanova@example.ru', checked);
  assert.ok(!ack.text.includes(provisional), ack.text);
  const extension = composeLetter(
    form,
    submission(form.type),
    {
      id: '7d1e4c6a-0000-4000-8000-000000000002',
      kind: 'extension',
      body: 'Нужна проверка показаний.',
      details: JSON.stringify({ to: '2027-02-26' }),
      at: '2027-01-10T04:00:00.000Z',
      actorName: null,
    },
    'ivanova@example.ru',
    context,
  );
  assert.ok(extension.text.includes(`продлён до 26 февраля 2027 г. ${provisional}.`), extension.text);
});
