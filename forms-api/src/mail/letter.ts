/**
 * The company's letter to a customer about an appeal event (Tomsk Гл. 4 Разд. 3 п. 4, Гл. 8
 * Разд. 5; requirements §4.4): a salutation (./greeting.ts), the registration number and date, a
 * short summary of the request, the answer or notice, and a signature with the responsible person
 * and the company's contacts. Text and HTML; every value from the form or staff is HTML-escaped.
 */
import type { Company } from '../../../content/schemas/company.ts';
import type { FormDefinition } from '../../../content/schemas/forms/definition.ts';
import type { AppealEventKind } from '../appeals/events.ts';
import type { AppealEventTable, SubmissionTable } from '../db/schema.ts';
import { escapeHtml } from '../../../core/escape-html.ts';
import type { AckContext } from './compose.ts';
import { greeting } from './greeting.ts';
import type { OutgoingMessage } from './transport.ts';
import { formatDate } from '../../../core/dates.ts';
import { deadlineText } from '../../../core/calendar/provisional-date.ts';
import { sentence } from '../../../core/format.ts';
import { optionLabel } from '../../../core/forms/option-label.ts';

export interface LetterContext extends AckContext {
  company: Pick<Company, 'fullName' | 'postalAddress' | 'phones' | 'email'>;
}

/** What every letter is signed with, from content/company.yaml, and the sender's mail domain for Message-IDs. */
export function createLetterContext(
  company: Company,
  mailFrom: string,
  statusPageUrl: string,
  calendar: LetterContext['calendar'],
): LetterContext {
  return {
    company,
    calendar,
    statusPageUrl,
    companyName: company.shortName,
    timeZone: company.timeZone,
    mailDomain: mailFrom.replace(/^.*@/, '').replace(/>$/, ''),
  };
}

/** The event a letter is about, with the staff member who recorded it (null for the system). */
export interface LetterEvent extends Pick<AppealEventTable, 'id' | 'kind' | 'body' | 'details' | 'at'> {
  actorName: string | null;
}

/** Kinds of event the customer is written to about. */
export const LETTER_KINDS: ReadonlySet<AppealEventKind> = new Set([
  'interim-answer',
  'final-answer',
  'refusal',
  'extension',
  'expected-date-notice',
]);

const SUBJECTS: Partial<Record<AppealEventKind, string>> = {
  'interim-answer': 'Промежуточный ответ на обращение',
  'final-answer': 'Ответ на обращение',
  refusal: 'Уведомление по обращению',
  extension: 'Срок ответа на обращение продлён',
  'expected-date-notice': 'Срок ответа на обращение',
};

const SUMMARY_CHARS = 300;

/** What the letter says about the appeal, with a verb: `formatDate` already ends in «г.». */
const INTRO_VERBS: Partial<Record<AppealEventKind, string>> = {
  'final-answer': 'рассмотрено. Сообщаем ответ.',
  refusal: 'рассмотрено.',
};

/** «Обращение; тема: …; «first words of the request…»». */
export function requestSummary(form: FormDefinition, values: Record<string, unknown>): string {
  const text = form.fields
    .filter((spec) => spec.kind === 'textarea')
    .map((spec) => values[spec.name])
    .find((value): value is string => typeof value === 'string' && value.trim() !== '');
  const topic = typeof values['topic'] === 'string' ? `тема: ${optionLabel(form, 'topic', values['topic'])}` : null;
  const quote = text ? `«${text.length > SUMMARY_CHARS ? `${text.slice(0, SUMMARY_CHARS).trimEnd()}…` : text}»` : null;
  return [form.title, topic, quote].filter(Boolean).join('; ');
}

function details(event: LetterEvent): Record<string, string> {
  return event.details ? (JSON.parse(event.details) as Record<string, string>) : {};
}

/** The paragraphs of the letter between the summary and the signature. */
function message(
  event: LetterEvent,
  refusalBasis: (code: string) => string | undefined,
  calendar: LetterContext['calendar'],
): string[] {
  const facts = details(event);
  switch (event.kind) {
    case 'extension':
      return [
        sentence(`Срок ответа на ваше обращение продлён до ${deadlineText(facts['to'] ?? '', calendar)}`),
        `Причина продления: ${event.body ?? ''}`,
      ];
    case 'expected-date-notice':
      return [
        'Ответ на ваше обращение не может быть дан в день его поступления: обращение передано специалисту.',
        sentence(`Ответ будет направлен не позднее ${deadlineText(facts['expected'] ?? '', calendar)}`),
      ];
    case 'refusal': {
      const basis = refusalBasis(facts['ground'] ?? '');
      return [event.body ?? '', ...(basis ? [sentence(`Основание: ${basis}`)] : [])];
    }
    default:
      return [event.body ?? ''];
  }
}

export function composeLetter(
  form: FormDefinition,
  submission: SubmissionTable,
  event: LetterEvent,
  recipient: string,
  context: LetterContext,
  refusalBasis: (code: string) => string | undefined = () => undefined,
): OutgoingMessage {
  const values = JSON.parse(submission.payload) as Record<string, unknown>;
  const { company } = context;
  const registered = formatDate(submission.created_at, context.timeZone);
  const verb = INTRO_VERBS[event.kind as AppealEventKind] ?? 'находится на рассмотрении.';
  const intro = `Ваше обращение № ${submission.registration_number} от ${registered} ${verb}`;
  const status = `Статус обращения и ответы на него: ${context.statusPageUrl}`;
  const summary = `Краткое содержание: ${requestSummary(form, values)}`;
  const signature = [
    'С уважением,',
    ...(event.actorName ? [`${event.actorName}, ${company.fullName}`] : [company.fullName]),
    `Адрес: ${company.postalAddress}`,
    ...company.phones.map((phone) => `${phone.label}: ${phone.number}`),
    `Электронная почта: ${company.email}`,
  ];
  const paragraphs = [greeting(values), intro, summary, ...message(event, refusalBasis, context.calendar), status];
  const text = `${paragraphs.join('\n\n')}\n\n${signature.join('\n')}`;
  const htmlParagraphs = paragraphs.map((line) => `<p>${escapeHtml(line).replace(/\n/g, '<br>')}</p>`);
  const html = `<!doctype html><html lang="ru"><body>${htmlParagraphs.join('')}<p>${signature.map(escapeHtml).join('<br>')}</p></body></html>`;
  return {
    to: recipient,
    subject: `${SUBJECTS[event.kind as AppealEventKind] ?? 'Обращение'} ${submission.registration_number}`,
    text,
    html,
    messageId: `<letter.${event.id}@${context.mailDomain}>`,
    fileStem: `letter-${submission.registration_number}-${event.kind}-${event.id.slice(0, 8)}`,
  };
}
