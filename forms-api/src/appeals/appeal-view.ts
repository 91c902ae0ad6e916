/**
 * One appeal as staff see it on its page: the submission, its form, deadlines, assignee, the
 * history of events with who recorded them, and the attached files (downloadable by staff only).
 */
import type { Kysely } from 'kysely';
import { findForm } from '../../../content/schemas/forms/index.ts';
import type { FormDefinition } from '../../../content/schemas/forms/definition.ts';
import type { AttachmentTable, DatabaseSchema, SubmissionTable } from '../db/schema.ts';
import type { LetterEvent } from '../mail/letter.ts';
import type { AppealDeadlines } from '../../../core/appeals/deadlines.ts';
import { storedDeadlines } from '../../../core/appeals/deadlines.ts';

export interface AppealView {
  submission: SubmissionTable;
  form: FormDefinition | undefined;
  values: Record<string, unknown>;
  deadlines: AppealDeadlines;
  assigneeName: string | null;
  /** Oldest first. */
  events: LetterEvent[];
  attachments: Array<Pick<AttachmentTable, 'id' | 'file_name' | 'content_type' | 'size'>>;
}

function eventsWithActors(db: Kysely<DatabaseSchema>) {
  return db
    .selectFrom('appeal_events')
    .leftJoin('staff_users', 'staff_users.id', 'appeal_events.actor_id')
    .select([
      'appeal_events.id',
      'appeal_events.kind',
      'appeal_events.body',
      'appeal_events.details',
      'appeal_events.at',
      'staff_users.name as actorName',
    ]);
}

export async function findAppeal(
  db: Kysely<DatabaseSchema>,
  registrationNumber: string,
): Promise<AppealView | undefined> {
  const submission = await db
    .selectFrom('submissions')
    .selectAll()
    .where('registration_number', '=', registrationNumber)
    .executeTakeFirst();
  if (!submission) return undefined;
  const [assignee, events, attachments] = await Promise.all([
    submission.assignee_id === null
      ? undefined
      : db.selectFrom('staff_users').select('name').where('id', '=', submission.assignee_id).executeTakeFirst(),
    eventsWithActors(db)
      .where('appeal_events.submission_id', '=', submission.id)
      .orderBy('appeal_events.at')
      .orderBy('appeal_events.id')
      .execute(),
    db
      .selectFrom('attachments')
      .select(['id', 'file_name', 'content_type', 'size'])
      .where('submission_id', '=', submission.id)
      .orderBy('created_at')
      .execute(),
  ]);
  return {
    submission,
    form: findForm(submission.form_type),
    values: JSON.parse(submission.payload) as Record<string, unknown>,
    deadlines: storedDeadlines(submission),
    assigneeName: assignee?.name ?? null,
    events,
    attachments,
  };
}

/** The one event of a letter (outbox rows of kind `letter`), with the name of who recorded it. */
export async function findLetterEvent(db: Kysely<DatabaseSchema>, eventId: string): Promise<LetterEvent | undefined> {
  return eventsWithActors(db).where('appeal_events.id', '=', eventId).executeTakeFirst();
}

/** Specialists and managers who can be assigned an appeal (active, not read-only). */
export async function assignableStaff(db: Kysely<DatabaseSchema>): Promise<Array<{ id: number; name: string }>> {
  return db
    .selectFrom('staff_users')
    .select(['id', 'name'])
    .where('disabled', '=', 0)
    .where('role', '!=', 'auditor')
    .orderBy('name')
    .execute();
}
