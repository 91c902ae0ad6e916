/**
 * Accepts a validated submission (forms-runner form_submission_service): in ONE transaction it
 * takes a registration number, stores the submission and the consent records and queues the
 * acknowledgement and specialist notifications in the outbox. Only after the commit does the
 * caller tell the person «принято». Submissions arriving while a commit is under way share the
 * next transaction (group-commit.ts).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { FormDefinition, FormValues } from '../../../content/schemas/forms/definition.ts';
import { routeSubmission, type FormRouting } from '../../../content/schemas/form-routing.ts';
import type { SpamVerdict } from '../antispam/spam-check.ts';
import type { StoredFile } from '../attachments/attachment-store.ts';
import type { DatabaseSchema, OutboxTable } from '../db/schema.ts';
import type { Sla } from '../../../content/schemas/sla.ts';
import { computeDeadlines, storedDeadlines, type AppealDeadlines } from '../../../core/appeals/deadlines.ts';
import type { WorkCalendar } from '../../../core/calendar/working-days.ts';
import { replyChannelOf } from '../../../core/mail/reply-channel.ts';
import { newOutboxRow } from '../outbox/new-row.ts';
import { createGroupCommit } from './group-commit.ts';
import { nextRegistrationNumber } from './registration-number.ts';
import { yearIn } from '../../../core/dates.ts';
import { nextDue } from '../../../core/appeals/status.ts';

export interface SubmissionMeta {
  ip: string;
  userAgent: string;
  /** Anti-spam signals, stored with the submission; `quarantine` holds it for review with no auto-reply. */
  spam: SpamVerdict;
  /** Files already saved to disk; their rows are written in the same transaction. */
  files: StoredFile[];
}

export interface Receipt {
  registrationNumber: string;
  receiptToken: string;
  formType: string;
  createdAt: string;
  /** The final answer's deadline, `YYYY-MM-DD` in the company time zone. */
  replyDue: string;
  deadlines: AppealDeadlines;
  quarantined: boolean;
  /** Where the acknowledgement goes, when the person chose an answer by e-mail. */
  replyEmail: string | null;
}

export interface SubmissionServiceOptions {
  db: Kysely<DatabaseSchema>;
  timeZone: string;
  routing: FormRouting;
  consentVersion: string;
  sla: Sla;
  calendar: WorkCalendar;
  now?: () => Date;
}

export function createSubmissionService(options: SubmissionServiceOptions) {
  const now = options.now ?? (() => new Date());

  interface PendingWrite {
    form: FormDefinition;
    values: FormValues;
    meta: SubmissionMeta;
    id: string;
    receiptToken: string;
    created: Date;
    createdAt: string;
    deadlines: AppealDeadlines;
    status: 'registered' | 'quarantined';
    replyEmail: string | null;
  }

  /** Writes one submission and its rows in a transaction; returns its registration number. */
  async function write(trx: Transaction<DatabaseSchema>, entry: PendingWrite): Promise<string> {
    const { form, values, meta, id, receiptToken, createdAt, created, deadlines, status, replyEmail } = entry;
    const topic = typeof values['topic'] === 'string' ? values['topic'] : undefined;
    const number = await nextRegistrationNumber(trx, form.prefix, yearIn(options.timeZone, created));
    await trx
      .insertInto('submissions')
      .values({
        id,
        registration_number: number,
        receipt_token: receiptToken,
        form_type: form.type,
        topic: topic ?? null,
        status,
        spam_reasons: meta.spam.reasons.length > 0 ? JSON.stringify(meta.spam.reasons) : null,
        payload: JSON.stringify(values),
        created_at: createdAt,
        reply_due: deadlines.final,
        deadlines: JSON.stringify(deadlines),
        next_due: nextDue(deadlines, { status: 'registered', calledBack: false }),
      })
      .execute();
    const consents = (['personal-data', 'marketing'] as const).filter((purpose) =>
      purpose === 'personal-data' ? values['consent'] === true : values['marketingConsent'] === true,
    );
    if (consents.length > 0) {
      await trx
        .insertInto('consents')
        .values(
          consents.map((purpose) => ({
            id: randomUUID(),
            submission_id: id,
            purpose,
            text_version: options.consentVersion,
            granted_at: createdAt,
            ip: meta.ip,
            user_agent: meta.userAgent.slice(0, 500),
          })),
        )
        .execute();
    }
    if (meta.files.length > 0) {
      await trx
        .insertInto('attachments')
        .values(
          meta.files.map((file) => ({
            id: file.id,
            submission_id: id,
            file_name: file.fileName,
            content_type: file.contentType,
            size: file.size,
            storage_key: file.storageKey,
            created_at: createdAt,
          })),
        )
        .execute();
    }
    const outbox: OutboxTable[] = [];
    const row = (kind: OutboxTable['kind'], recipient: string, key: string): OutboxTable =>
      newOutboxRow({ submissionId: id, kind, recipient, dedupeKey: key, at: createdAt });
    if (replyEmail && status === 'registered') outbox.push(row('ack', replyEmail, `ack:${id}`));
    const staff =
      status === 'quarantined' ? options.routing.fallback : routeSubmission(options.routing, form.type, topic);
    for (const recipient of staff) outbox.push(row('notify', recipient, `notify:${id}:${recipient}`));
    await trx.insertInto('outbox').values(outbox).execute();
    return number;
  }

  const commits = createGroupCommit(options.db, write);

  async function submit(form: FormDefinition, values: FormValues, meta: SubmissionMeta): Promise<Receipt> {
    const created = now();
    const createdAt = created.toISOString();
    const deadlines = computeDeadlines(
      options.sla,
      options.calendar,
      form.appealKind,
      created,
      options.timeZone,
      values['callbackRequested'] === true,
    );
    const status = meta.spam.quarantine ? 'quarantined' : 'registered';
    const receiptToken = randomBytes(18).toString('base64url');
    const reply = replyChannelOf(values);
    const replyEmail = reply.channel === 'email' ? reply.address : null;
    const registrationNumber = await commits.write({
      form,
      values,
      meta,
      id: randomUUID(),
      receiptToken,
      created,
      createdAt,
      deadlines,
      status,
      replyEmail,
    });
    return {
      registrationNumber,
      receiptToken,
      formType: form.type,
      createdAt,
      replyDue: deadlines.final,
      deadlines,
      quarantined: status === 'quarantined',
      replyEmail,
    };
  }

  /** The receipt shown after a no-JS submission, found by its random token. */
  async function findReceipt(token: string): Promise<Receipt | undefined> {
    const row = await options.db
      .selectFrom('submissions')
      .select([
        'registration_number',
        'receipt_token',
        'form_type',
        'created_at',
        'reply_due',
        'deadlines',
        'status',
        'payload',
      ])
      .where('receipt_token', '=', token)
      .executeTakeFirst();
    if (!row) return undefined;
    const reply = replyChannelOf(JSON.parse(row.payload) as Record<string, unknown>);
    return {
      registrationNumber: row.registration_number,
      receiptToken: row.receipt_token,
      formType: row.form_type,
      createdAt: row.created_at,
      replyDue: row.reply_due,
      deadlines: storedDeadlines(row),
      quarantined: row.status === 'quarantined',
      replyEmail: reply.channel === 'email' ? reply.address : null,
    };
  }

  return { submit, findReceipt };
}

export type SubmissionService = ReturnType<typeof createSubmissionService>;
