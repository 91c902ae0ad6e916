/**
 * What can happen to an appeal after registration (rows of appeal_events). Events that change
 * what the customer sees also send a letter through the outbox (outbox kind `letter`).
 */
export const APPEAL_EVENT_KINDS = [
  'assigned',
  'called-back',
  'interim-answer',
  'final-answer',
  'refusal',
  'extension',
  'expected-date-notice',
  'released-from-quarantine',
  /** The customer rated the final answer through the letter's link (no staff actor, no letter). */
  'answer-rated',
] as const;
export type AppealEventKind = (typeof APPEAL_EVENT_KINDS)[number];
