/**
 * Why a submission was held for review or not acknowledged, as stored with it (`spam_reasons`)
 * and as the specialist's notification names it: a code for the record, a phrase for the person.
 */
import { plural } from '../../../core/i18n/strings.ts';
import { OLD_AFTER_DAYS, USED_TOKENS_KEPT_DAYS } from './form-token.ts';

/**
 * Acknowledgements one address gets per day at most (finding 9 of issue 15): a script cannot make
 * the form mail anyone over and over; later appeals are still registered, only without the e-mail.
 */
export const ACKS_PER_RECIPIENT_PER_DAY = 3;

const days = (count: number) => plural(count, { one: 'день', few: 'дня', many: 'дней' });

const LABELS = {
  'honeypot-filled': 'заполнено скрытое поле, которого человек не видит',
  'token-missing': 'отправлено не со страницы формы сайта',
  'token-invalid': 'отметка страницы формы повреждена или подделана',
  'token-too-fast': 'форма заполнена быстрее, чем это может сделать человек',
  'token-old': `страница формы была открыта дольше, чем ${days(OLD_AFTER_DAYS)}`,
  'token-expired': `страница формы была открыта дольше, чем ${days(USED_TOKENS_KEPT_DAYS)}: повторную отправку с неё уже не проверить`,
  'token-reused': 'с этой страницы формы обращение уже отправлено',
  'no-proof-of-work': 'браузер не выполнил проверку (например, без JavaScript)',
  'proof-of-work-invalid': 'браузер не прошёл проверку',
  'ack-limit-reached': `на этот адрес за сутки уже ушло ${plural(ACKS_PER_RECIPIENT_PER_DAY, { one: 'письмо', few: 'письма', many: 'писем' })} о регистрации, это письмо не отправлено`,
} as const;

export type SubmissionReason = keyof typeof LABELS;

/** The stored reasons as the notification lists them; an unknown code is shown as it is. */
export function describeReasons(stored: string | null): string {
  const codes = stored ? (JSON.parse(stored) as string[]) : [];
  return codes.map((code) => (code in LABELS ? LABELS[code as SubmissionReason] : code)).join('; ');
}
