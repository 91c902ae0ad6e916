/** What the customer's status page shows for a registration number and contact. */
import type { FieldErrors } from '../../content/schemas/forms/definition.ts';
import type { ReplyChannel } from '../mail/reply-channel.ts';
import type { AppealStatus } from './status.ts';

export const STATUS_LOOKUP_LIMITS = { windowMinutes: 15, perAddress: 10, perNumber: 5 } as const;

/** Russian names of the statuses as the customer sees them. */
export const CUSTOMER_STATUS_NAMES: Record<AppealStatus, string> = {
  registered: 'Зарегистрировано',
  'in-progress': 'В работе',
  'interim-answered': 'Дан промежуточный ответ',
  answered: 'Дан ответ',
  refused: 'Оставлено без ответа',
};

/** Events whose body is text for the customer. */
export const ANSWER_KINDS = ['interim-answer', 'final-answer', 'refusal'] as const;
export type AnswerKind = (typeof ANSWER_KINDS)[number];

export interface AppealStatusView {
  registrationNumber: string;
  status: AppealStatus;
  statusName: string;
  /** ISO instant of registration. */
  registeredAt: string;
  /** deadlineLines(): label and `YYYY-MM-DD`, the final date after an extension. */
  deadlines: Array<[string, string]>;
  /** The date promised in the latest expected-date notice, while the appeal is open. */
  expectedDate: string | null;
  /** Why the appeal was left without an answer (status `refused`). */
  refusalReason: string | null;
  replyChannel: ReplyChannel['channel'];
  /** Texts sent to the customer, oldest first; only when the reply channel is e-mail. */
  answers: Array<{ kind: AnswerKind; at: string; body: string }>;
}

export type StatusLookupResult =
  | { outcome: 'invalid'; errors: FieldErrors }
  | { outcome: 'throttled' }
  | { outcome: 'not-found' }
  | { outcome: 'found'; appeal: AppealStatusView };
