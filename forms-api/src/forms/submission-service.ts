/**
 * Accepts a validated submission (forms-runner form_submission_service): in ONE transaction it
 * takes a registration number, stores the submission and the consent records and queues the
 * acknowledgement and specialist notifications in the outbox. Only after the commit does the
 * caller tell the person «принято». Submissions arriving together share a transaction and its
 * commit (db/group-commit.ts).
 */
import { randomToken } from '../crypto/random-pool.ts';
import type { Compilable, Kysely } from 'kysely';
import type { FormDefinition, FormValues } from '../../../content/schemas/forms/definition.ts';
import { routeSubmission, type FormRouting } from '../../../content/schemas/form-routing.ts';
import type { SpamVerdict } from '../antispam/spam-check.ts';
import { ACKS_PER_RECIPIENT_PER_DAY } from '../antispam/reasons.ts';
import type { StoredFile } from '../attachments/attachment-store.ts';
import type { BatchTransaction, BeginBatch } from '../db/batch-transaction.ts';
import { createGroupCommit, type DecidedBatch } from '../db/group-commit.ts';
import type { DatabaseSchema, OutboxTable } from '../db/schema.ts';
import type { AppealKind, Sla } from '../../../content/schemas/sla.ts';
import { computeDeadlines, storedDeadlines, type AppealDeadlines } from '../../../core/appeals/deadlines.ts';
import type { WorkCalendar } from '../../../core/calendar/working-days.ts';
import { replyChannelOf } from '../../../core/mail/reply-channel.ts';
import { newOutboxRow } from '../outbox/new-row.ts';
import { numbersUpTo, takeRegistrationNumbers } from './registration-number.ts';
import { localDate, yearIn } from '../../../core/dates.ts';
import { nextDue } from '../../../core/appeals/status.ts';
import { newRowId } from '../db/row-id.ts';

export interface SubmissionMeta {
  ip: string;
  userAgent: string;
  /** Anti-spam signals, stored with the submission; `quarantine` holds it for review with no auto-reply. */
  spam: SpamVerdict;
  /** Files already saved to disk; their rows are written in the same transaction. */
  files: StoredFile[];
  /** The form token the post carried: it works once (a second use quarantines). */
  formToken?: string;
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
  /** Where the acknowledgement was queued (an answer by e-mail, not held, within the daily limit). */
  replyEmail: string | null;
}

/** The acknowledgements queued for these addresses since `since` (ISO time): what the daily limit counts. */
export function acksQueuedSince(db: Kysely<DatabaseSchema>, recipients: string[], since: string) {
  return db
    .selectFrom('outbox')
    .select(['recipient', 'created_at'])
    .where('kind', '=', 'ack')
    .where('recipient', 'in', recipients)
    .where('created_at', '>=', since);
}

/** A submission ready to store: everything worked out before its transaction. */
interface Pending {
  form: FormDefinition;
  values: FormValues;
  meta: SubmissionMeta;
  id: string;
  receiptToken: string;
  created: Date;
  createdAt: string;
  deadlines: AppealDeadlines;
  topic: string | undefined;
  replyEmail: string | null;
}

interface Stored {
  registrationNumber: string;
  status: 'registered' | 'quarantined';
  ackTo: string | null;
}

const DAY_MS = 24 * 60 * 60_000;

export interface SubmissionServiceOptions {
  db: Kysely<DatabaseSchema>;
  /** The group commit's transactions on `db` (DatabaseHandle.beginBatch). */
  beginBatch: BeginBatch;
  timeZone: string;
  routing: FormRouting;
  consentVersion: string;
  sla: Sla;
  calendar: WorkCalendar;
  now?: () => Date;
}

export function createSubmissionService(options: SubmissionServiceOptions) {
  const now = options.now ?? (() => new Date());

  /**
   * Stores a batch (db/group-commit.ts) with one statement per table, deciding for each submission
   * in order what storing them one after another would: a token already used — before, or by an
   * earlier submission of the batch — quarantines; the daily acknowledgement limit counts the
   * acknowledgements queued earlier in the batch; numbers follow the batch's order. What it needs
   * to know is asked for in one group of statements (tokens, acknowledgements, numbers); the rows
   * that store the batch go with the commit.
   */
  async function storeBatch(trx: BatchTransaction, batch: Pending[]): Promise<DecidedBatch<Stored>> {
    const { db } = options;
    // Each token once, with the time of the first submission carrying it.
    const tokens = new Map<string, string>();
    for (const item of batch)
      if (item.meta.formToken) tokens.set(item.meta.formToken, tokens.get(item.meta.formToken) ?? item.createdAt);
    // Whoever may get an acknowledgement: those registered are among them.
    const addresses = [
      ...new Set(batch.flatMap((item) => (!item.meta.spam.quarantine && item.replyEmail ? [item.replyEmail] : []))),
    ];
    const earliest = Math.min(...batch.map((item) => item.created.getTime()));
    // One counter statement per form prefix and year; the numbers go out in the batch's order.
    const counters = new Map<string, { prefix: string; year: number; count: number; numbers: string[] }>();
    const counterOf = (item: Pending) => {
      const year = yearIn(options.timeZone, item.created);
      const key = `${item.form.prefix}/${String(year)}`;
      const counter = counters.get(key) ?? { prefix: item.form.prefix, year, count: 0, numbers: [] };
      counters.set(key, counter);
      return counter;
    };
    for (const item of batch) counterOf(item).count += 1;

    const [freshTokens, acks, lastNumbers] = await Promise.all([
      // `returning` gives only the tokens that were not there yet: the others had been used.
      tokens.size === 0
        ? []
        : trx
            .run([
              db
                .insertInto('used_form_tokens')
                .values([...tokens].map(([token, usedAt]) => ({ token, used_at: usedAt })))
                .onConflict((conflict) => conflict.column('token').doNothing())
                .returning('token'),
            ])
            .then(([rows]) => rows),
      addresses.length === 0
        ? ([] as Array<{ recipient: string; created_at: string }>)
        : trx.run([acksQueuedSince(db, addresses, new Date(earliest - DAY_MS).toISOString())]).then(([rows]) => rows),
      trx.run(
        [...counters.values()].map((counter) =>
          takeRegistrationNumbers(db, counter.prefix, counter.year, counter.count),
        ),
      ),
    ]);
    [...counters.values()].forEach((counter, index) => {
      const last = lastNumbers[index]?.[0]?.last_value ?? 0;
      counter.numbers = numbersUpTo(last, counter.prefix, counter.year, counter.count);
    });
    const numbers = batch.map((item) => counterOf(item).numbers.shift() ?? '');

    const fresh = new Set(freshTokens.map((row) => row.token));
    const decided = batch.map((item) => {
      const reasons = [...item.meta.spam.reasons];
      const token = item.meta.formToken;
      // A fresh token serves the first submission carrying it; delete() makes any later one a reuse.
      const tokenReused = token !== undefined && !fresh.delete(token);
      if (tokenReused) reasons.push('token-reused');
      const status: Stored['status'] = item.meta.spam.quarantine || tokenReused ? 'quarantined' : 'registered';
      return { item, reasons, status };
    });

    const ackTo = decided.map(({ item, reasons, status }) => {
      if (status !== 'registered' || item.replyEmail === null) return null;
      const dayAgo = new Date(item.created.getTime() - DAY_MS).toISOString();
      const queued = acks.filter((ack) => ack.recipient === item.replyEmail && ack.created_at >= dayAgo).length;
      if (queued >= ACKS_PER_RECIPIENT_PER_DAY) {
        reasons.push('ack-limit-reached');
        return null;
      }
      acks.push({ recipient: item.replyEmail, created_at: item.createdAt });
      return item.replyEmail;
    });

    const writes: Array<Compilable> = [
      db.insertInto('submissions').values(
        decided.map(({ item, reasons, status }, index) => ({
          id: item.id,
          registration_number: numbers[index] ?? '',
          receipt_token: item.receiptToken,
          form_type: item.form.type,
          topic: item.topic ?? null,
          status,
          spam_reasons: reasons.length > 0 ? JSON.stringify(reasons) : null,
          payload: JSON.stringify(item.values),
          created_at: item.createdAt,
          reply_due: item.deadlines.final,
          deadlines: JSON.stringify(item.deadlines),
          next_due: nextDue(item.deadlines, { status: 'registered', calledBack: false }),
        })),
      ),
    ];
    const consents = batch.flatMap((item) =>
      (['personal-data', 'marketing'] as const)
        .filter((purpose) =>
          purpose === 'personal-data' ? item.values['consent'] === true : item.values['marketingConsent'] === true,
        )
        .map((purpose) => ({
          id: newRowId(),
          submission_id: item.id,
          purpose,
          text_version: options.consentVersion,
          granted_at: item.createdAt,
          ip: item.meta.ip,
          user_agent: item.meta.userAgent.slice(0, 500),
        })),
    );
    if (consents.length > 0) writes.push(db.insertInto('consents').values(consents));
    const files = batch.flatMap((item) =>
      item.meta.files.map((file) => ({
        id: file.id,
        submission_id: item.id,
        file_name: file.fileName,
        content_type: file.contentType,
        size: file.size,
        storage_key: file.storageKey,
        created_at: item.createdAt,
      })),
    );
    if (files.length > 0) writes.push(db.insertInto('attachments').values(files));
    const outbox = decided.flatMap(({ item, status }, index): OutboxTable[] => {
      const row = (kind: OutboxTable['kind'], recipient: string, key: string): OutboxTable =>
        newOutboxRow({ submissionId: item.id, kind, recipient, dedupeKey: key, at: item.createdAt });
      const ack = ackTo[index];
      const staff =
        status === 'quarantined'
          ? options.routing.fallback
          : routeSubmission(options.routing, item.form.type, item.topic);
      return [
        ...(ack ? [row('ack', ack, `ack:${item.id}`)] : []),
        ...staff.map((recipient) => row('notify', recipient, `notify:${item.id}:${recipient}`)),
      ];
    });
    if (outbox.length > 0) writes.push(db.insertInto('outbox').values(outbox));
    return {
      results: decided.map(({ status }, index) => ({
        registrationNumber: numbers[index] ?? '',
        status,
        ackTo: ackTo[index] ?? null,
      })),
      writes,
    };
  }

  const commits = createGroupCommit(options.beginBatch, storeBatch);

  /**
   * Deadlines depend only on the kind of appeal, the day in the company's zone and the wish for a
   * call, so each is worked out once a day (the working-day arithmetic was about a thirtieth of a
   * submission's time under load, issue 18). Shared, hence frozen.
   */
  const deadlinesOfDay = new Map<string, Readonly<AppealDeadlines>>();
  function deadlinesFor(kind: AppealKind, created: Date, callbackRequested: boolean): AppealDeadlines {
    const key = `${kind}|${localDate(created, options.timeZone)}|${String(callbackRequested)}`;
    let deadlines = deadlinesOfDay.get(key);
    if (!deadlines) {
      // Earlier days' entries are no longer asked for.
      if (deadlinesOfDay.size >= 64) deadlinesOfDay.clear();
      deadlines = Object.freeze(
        computeDeadlines(options.sla, options.calendar, kind, created, options.timeZone, callbackRequested),
      );
      deadlinesOfDay.set(key, deadlines);
    }
    return deadlines;
  }

  async function submit(form: FormDefinition, values: FormValues, meta: SubmissionMeta): Promise<Receipt> {
    const created = now();
    const deadlines = deadlinesFor(form.appealKind, created, values['callbackRequested'] === true);
    const reply = replyChannelOf(values);
    const pending: Pending = {
      form,
      values,
      meta,
      id: newRowId(),
      receiptToken: randomToken(18),
      created,
      createdAt: created.toISOString(),
      deadlines,
      topic: typeof values['topic'] === 'string' ? values['topic'] : undefined,
      replyEmail: reply.channel === 'email' ? reply.address : null,
    };
    const { registrationNumber, status, ackTo } = await commits.write(pending);
    return {
      registrationNumber,
      receiptToken: pending.receiptToken,
      formType: form.type,
      createdAt: pending.createdAt,
      replyDue: deadlines.final,
      deadlines,
      quarantined: status === 'quarantined',
      replyEmail: ackTo,
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
        'id',
      ])
      .where('receipt_token', '=', token)
      .executeTakeFirst();
    if (!row) return undefined;
    // The address an acknowledgement was queued for: none when held for review or over the daily limit.
    const ack = await options.db
      .selectFrom('outbox')
      .select('recipient')
      .where('submission_id', '=', row.id)
      .where('kind', '=', 'ack')
      .executeTakeFirst();
    return {
      registrationNumber: row.registration_number,
      receiptToken: row.receipt_token,
      formType: row.form_type,
      createdAt: row.created_at,
      replyDue: row.reply_due,
      deadlines: storedDeadlines(row),
      quarantined: row.status === 'quarantined',
      replyEmail: ack?.recipient ?? null,
    };
  }

  return { submit, findReceipt };
}

export type SubmissionService = ReturnType<typeof createSubmissionService>;
