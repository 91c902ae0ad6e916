/**
 * Table types for Kysely: one property per table, added together with the migration that
 * creates the table (see ./migrations/README.md).
 */
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
  /** `registered`, or `quarantined` when anti-spam checks flagged it (kept, never dropped). */
  status: 'registered' | 'quarantined';
  /** JSON list of anti-spam signals (reasons for quarantine, or notes such as `no-proof-of-work`). */
  spam_reasons: string | null;
  /** JSON of the validated fields. */
  payload: string;
  created_at: string;
  /** When the answer is due (ISO date-time, UTC). */
  reply_due: string;
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
  /** `ack:<submission id>` or `notify:<submission id>:<recipient>`: one row per message, ever. */
  dedupe_key: string;
  submission_id: string;
  kind: 'ack' | 'notify';
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

export interface DatabaseSchema {
  attachments: AttachmentTable;
  registration_counters: RegistrationCounterTable;
  submissions: SubmissionTable;
  consents: ConsentTable;
  outbox: OutboxTable;
}
