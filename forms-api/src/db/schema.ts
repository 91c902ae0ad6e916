/**
 * Table types for Kysely: one property per table, added together with the migration that
 * creates the table (see ./migrations/README.md). Monitoring declares its tables itself.
 */
import type { Generated } from 'kysely';
import { type AppealStatus } from '../../../core/appeals/status.ts';
import type { MonitoringTables } from '../../../monitoring/src/schema.ts';

/** Timestamps are ISO-8601 strings in UTC on both databases. */
type IsoTime = string;

export interface StaffUserTable {
  id: Generated<number>;
  /** Lower-cased, the sign-in name. */
  email: string;
  name: string;
  /** One of STAFF_ROLES (core/staff/roles.ts). */
  role: string;
  /** scrypt hash in the format of forms-api/src/staff/passwords.ts. */
  password_hash: string;
  /** 1 when the account may no longer sign in. */
  disabled: Generated<number>;
  created_at: IsoTime;
}

export interface StaffSessionTable {
  /** SHA-256 of the cookie value, hex. */
  id: string;
  user_id: number;
  csrf_token: string;
  created_at: IsoTime;
  expires_at: IsoTime;
  revoked_at: IsoTime | null;
}

export interface StaffAuditLogTable {
  id: Generated<number>;
  at: IsoTime;
  actor_id: number | null;
  actor_email: string;
  /** One of AUDIT_ACTIONS (forms-api/src/staff/audit-log.ts). */
  action: string;
  /** What the action was about: an e-mail, a registration number… */
  target: string | null;
  ip: string | null;
  /** Short free text, never a password or a customer's personal data. */
  details: string | null;
  /** How many tries one row stands for (repeated failed sign-ins from one address are one row). */
  repeats: Generated<number>;
}

export interface UsedFormTokenTable {
  /** A form token (./antispam/form-token.ts) that a stored submission carried. */
  token: string;
  used_at: IsoTime;
}

export interface RegistrationCounterTable {
  /** Registration-number prefix of a form type, e.g. «ВП». */
  prefix: string;
  /** Year in the company's time zone; numbering restarts every year. */
  year: number;
  /** Last number handed out; only ever incremented inside the submission's transaction. */
  last_value: number;
}

export interface SubmissionTable {
  id: string;
  /** Readable and unique, e.g. «ВП-2026-000123». */
  registration_number: string;
  /** Random token of the receipt page; the registration number alone is guessable. */
  receipt_token: string;
  form_type: string;
  topic: string | null;
  /**
   * An appeal status (APPEAL_STATUSES in forms-api/src/appeals/queue.ts: registered, in-progress,
   * interim-answered, answered, refused), or `quarantined` when anti-spam checks flagged it (kept,
   * never dropped, outside the queue until released).
   */
  status: SubmissionStatus;
  /** JSON list of anti-spam signals (reasons for quarantine, or notes such as `no-proof-of-work`). */
  spam_reasons: string | null;
  /** JSON of the validated fields. */
  payload: string;
  created_at: string;
  /** The final answer's deadline, `YYYY-MM-DD` in the company time zone (ISO date-time in old rows). */
  reply_due: string;
  /** JSON of AppealDeadlines (core/appeals/deadlines.ts), computed at registration. */
  deadlines: string | null;
  /** `nextDue()` of the appeal (`YYYY-MM-DD`), null once closed; recomputed on every change. */
  next_due: string | null;
  /** staff_users.id of the specialist the appeal is assigned to. */
  assignee_id: number | null;
  called_back_at: string | null;
  /** The final deadline after a recorded extension (`YYYY-MM-DD`, at most +30 days). */
  extended_final: string | null;
  /** When the final answer or the refusal was recorded: the end of the appeal for reports. */
  closed_at: string | null;
}

export type SubmissionStatus = AppealStatus | 'quarantined';

/** What was done with an appeal, by whom; the answers a customer receives are kept here. */
export interface AppealEventTable {
  id: string;
  submission_id: string;
  at: string;
  /** staff_users.id; null for what the system did (e.g. the expected-date notice). */
  actor_id: number | null;
  /** One of APPEAL_EVENT_KINDS (forms-api/src/appeals/events.ts). */
  kind: string;
  /** Text for the customer (answer, refusal notice) or the recorded reason of an extension. */
  body: string | null;
  /** JSON of kind-specific facts, e.g. the refusal ground or the new final deadline. */
  details: string | null;
}

/** The customer's rating of the final answer, given through the link in the answer letter. */
export interface AnswerRatingTable {
  /** One rating per appeal: the key makes the link single-use. */
  submission_id: string;
  /** 1 (very bad) to 5 (excellent). */
  score: number;
  comment: string | null;
  rated_at: string;
}

export interface ConsentTable {
  id: string;
  submission_id: string;
  /** `personal-data` (required) or `marketing` (optional, separate). */
  purpose: 'personal-data' | 'marketing';
  /** SHA-256 of the consent text the person saw. */
  text_version: string;
  granted_at: string;
  ip: string;
  user_agent: string;
}

export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed';

export interface OutboxTable {
  id: string;
  /** `ack:<submission id>`, `notify:<submission id>:<recipient>` or `letter:<event id>`: one row per message, ever. */
  dedupe_key: string;
  submission_id: string;
  /** `letter`: a message to the customer about an appeal event (answer, refusal, extension, notice). */
  kind: 'ack' | 'notify' | 'letter';
  /** appeal_events.id of a `letter`. */
  event_id: string | null;
  recipient: string;
  status: OutboxStatus;
  /** Claims so far; each claim counts as one attempt. */
  attempts: number;
  /** Not before this time (backoff after a temporary failure). */
  run_at: string;
  /** Lease of a claimed row; an expired lease means its worker died and the row is due again. */
  locked_until: string | null;
  last_error: string | null;
  sent_at: string | null;
  created_at: string;
}

export interface AttachmentTable {
  id: string;
  submission_id: string;
  /** Name the person gave the file (shown to staff, never used as a path). */
  file_name: string;
  /** Type detected from the bytes. */
  content_type: string;
  size: number;
  /** Path under the attachments folder: `<upload folder>/<random id>`. */
  storage_key: string;
  created_at: string;
}

/** One try on the public status page; the status page's rate limit counts these. */
export interface StatusLookupAttemptTable {
  id: string;
  at: string;
  ip: string;
  /** The number as typed, normalised (upper case, hyphens). */
  registration_number: string;
  /** 1 when the number and the contact matched a registered appeal. */
  matched: number;
}

/** The monitoring tables (monitoring/src/schema.ts) and the server's own. */
export interface DatabaseSchema extends MonitoringTables {
  staff_users: StaffUserTable;
  staff_sessions: StaffSessionTable;
  staff_audit_log: StaffAuditLogTable;
  used_form_tokens: UsedFormTokenTable;
  attachments: AttachmentTable;
  registration_counters: RegistrationCounterTable;
  submissions: SubmissionTable;
  appeal_events: AppealEventTable;
  answer_ratings: AnswerRatingTable;
  consents: ConsentTable;
  outbox: OutboxTable;
  status_lookup_attempts: StatusLookupAttemptTable;
}
