/**
 * Test data built straight from the data model (forms-api/src/db/schema.ts, issue-7 model): a
 * submission with its deadlines and status, and the appeal events staff would have recorded.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AppealDeadlines } from '../../../core/appeals/deadlines.ts';
import type { AppealEventKind } from '../../src/appeals/events.ts';
import type { DatabaseSchema, SubmissionStatus } from '../../src/db/schema.ts';

export interface AppealRow {
  number: string;
  createdAt: string;
  deadlines: AppealDeadlines;
  status?: SubmissionStatus;
  formType?: string;
  topic?: string | null;
  payload?: Record<string, unknown>;
  extendedFinal?: string | null;
  closedAt?: string | null;
}

export async function insertAppeal(db: Kysely<DatabaseSchema>, row: AppealRow): Promise<string> {
  const id = randomUUID();
  const status = row.status ?? 'registered';
  const closed = status === 'answered' || status === 'refused';
  await db
    .insertInto('submissions')
    .values({
      id,
      registration_number: row.number,
      receipt_token: randomUUID(),
      form_type: row.formType ?? 'question',
      topic: row.topic ?? null,
      status,
      spam_reasons: status === 'quarantined' ? '["honeypot"]' : null,
      payload: JSON.stringify(
        row.payload ?? { lastName: 'Иванова', firstName: 'Мария', replyChannel: 'email', email: 'ivanova@example.ru' },
      ),
      created_at: row.createdAt,
      reply_due: row.deadlines.final,
      deadlines: JSON.stringify(row.deadlines),
      next_due: closed ? null : (row.extendedFinal ?? row.deadlines.final),
      extended_final: row.extendedFinal ?? null,
      closed_at: row.closedAt ?? null,
    })
    .execute();
  return id;
}

export async function insertEvent(
  db: Kysely<DatabaseSchema>,
  submissionId: string,
  event: { kind: AppealEventKind; at: string; body?: string; details?: Record<string, unknown> },
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('appeal_events')
    .values({
      id,
      submission_id: submissionId,
      at: event.at,
      actor_id: null,
      kind: event.kind,
      body: event.body ?? null,
      details: event.details ? JSON.stringify(event.details) : null,
    })
    .execute();
  return id;
}
