/**
 * The acknowledgement to the customer and the notification to the specialist. Every value that
 * came from the form is HTML-escaped; the acknowledgement repeats no personal details beyond the
 * name, in case the e-mail address was mistyped.
 */
import { escapeHtml } from '../../../core/escape-html.ts';
import type { FormDefinition } from '../../../content/schemas/forms/definition.ts';
import { deadlineLines, storedDeadlines } from '../../../core/appeals/deadlines.ts';
import type { SubmissionTable } from '../db/schema.ts';
import type { OutgoingMessage } from './transport.ts';
import { greeting } from './greeting.ts';
import { describeReasons } from '../antispam/reasons.ts';
import { formatDateTime } from '../../../core/dates.ts';
import { deadlineText } from '../../../core/calendar/provisional-date.ts';
import type { WorkCalendar } from '../../../core/calendar/working-days.ts';
import { formatFileSize } from '../../../core/format.ts';
import { sentence } from '../../../core/format.ts';
import { fillTermsFromFile } from '../../../core/content/terms.ts';
import { optionLabel } from '../../../core/forms/option-label.ts';

export interface ComposeContext {
  companyName: string;
  timeZone: string;
  mailDomain: string;
  /** Which years' days off are unchecked: a deadline in such a year is called provisional. */
  calendar: Pick<WorkCalendar, 'uncheckedYears'>;
}

export interface AckContext extends ComposeContext {
  /** Full address of the public status page, given in the acknowledgement. */
  statusPageUrl: string;
}

function html(lines: Array<[string, string]>, intro: string): string {
  const rows = lines.map(
    ([label, value]) =>
      `<tr><th align="left">${escapeHtml(label)}</th><td>${escapeHtml(value).replace(/\n/g, '<br>')}</td></tr>`,
  );
  return `<!doctype html><html lang="ru"><body><p>${escapeHtml(intro)}</p><table>${rows.join('')}</table></body></html>`;
}

function text(lines: Array<[string, string]>, intro: string): string {
  return [intro, '', ...lines.map(([label, value]) => `${label}: ${value}`)].join('\n');
}

function deadlinesOf(submission: SubmissionTable, context: ComposeContext): Array<[string, string]> {
  return deadlineLines(storedDeadlines(submission), submission.extended_final).map(([label, date]) => [
    label,
    deadlineText(date, context.calendar),
  ]);
}

export function composeAck(
  form: FormDefinition,
  submission: SubmissionTable,
  recipient: string,
  context: AckContext,
): OutgoingMessage {
  const values = JSON.parse(submission.payload) as Record<string, unknown>;
  // Standard п.26: thank the customer for the appeal.
  const intro = `${greeting(values)} Спасибо за обращение. Оно зарегистрировано.`;
  const lines: Array<[string, string]> = [
    ['Регистрационный номер', submission.registration_number],
    ['Дата и время регистрации', formatDateTime(submission.created_at, context.timeZone)],
    ['Вид обращения', form.title],
    ...(typeof values['topic'] === 'string'
      ? [['Тема', optionLabel(form, 'topic', values['topic'])] as [string, string]]
      : []),
    ['Что будет дальше', fillTermsFromFile(form.nextSteps)],
    ...deadlinesOf(submission, context),
    ['Узнать статус обращения', context.statusPageUrl],
    ['Отправитель', context.companyName],
  ];
  return {
    to: recipient,
    subject: `Обращение ${submission.registration_number} зарегистрировано`,
    text: text(lines, intro),
    html: html(lines, intro),
    messageId: `<ack.${submission.id}@${context.mailDomain}>`,
    fileStem: `ack-${submission.registration_number}`,
  };
}

export interface AttachmentLink {
  fileName: string;
  size: number;
  url: string;
}

export function composeNotification(
  form: FormDefinition,
  submission: SubmissionTable,
  recipient: string,
  context: ComposeContext,
  attachments: AttachmentLink[] = [],
): OutgoingMessage {
  const values = JSON.parse(submission.payload) as Record<string, unknown>;
  const quarantined = submission.status === 'quarantined';
  const intro = quarantined
    ? `Обращение помещено в карантин как подозрительное: ${describeReasons(submission.spam_reasons)}. Автоответ заявителю не отправлялся.`
    : sentence(`Новое обращение. Ответить не позднее ${deadlineText(submission.reply_due, context.calendar)}`);
  const lines: Array<[string, string]> = [
    ['Регистрационный номер', submission.registration_number],
    ['Дата и время регистрации', formatDateTime(submission.created_at, context.timeZone)],
    ...deadlinesOf(submission, context),
    ...form.fields
      .filter((spec) => values[spec.name] !== undefined)
      .map((spec): [string, string] => [spec.label, optionLabel(form, spec.name, values[spec.name])]),
    // Links, not the files: large scans stay on our server and reach only those with the e-mail.
    ...attachments.map((file, index): [string, string] => [
      `Файл ${index + 1}`,
      `${file.fileName} (${formatFileSize(file.size)}): ${file.url}`,
    ]),
  ];
  return {
    to: recipient,
    subject: `${quarantined ? '[Карантин] ' : ''}${form.title}: ${submission.registration_number}`,
    text: text(lines, intro),
    html: html(lines, intro),
    messageId: `<notify.${submission.id}.${encodeURIComponent(recipient)}@${context.mailDomain}>`,
    fileStem: `notify-${submission.registration_number}-${recipient.replace(/[^a-z0-9.-]/gi, '_')}`,
  };
}
