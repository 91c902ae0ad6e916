/**
 * What the staff queue needs from the appeals store, and the rules it shows: which deadline binds
 * an appeal now and whether it is overdue or due today, judged in the company's time zone.
 * The store is the submissions table (Kysely: SQLite and PostgreSQL alike).
 */
import { sql, type Kysely } from 'kysely';
import { findForm, forms } from '../../../content/schemas/forms/index.ts';
import type { AppealKind } from '../../../content/schemas/sla.ts';
import type { DatabaseSchema, SubmissionStatus } from '../db/schema.ts';
import { storedDeadlines } from '../../../core/appeals/deadlines.ts';
import { OPEN_STATUSES } from '../../../core/appeals/status.ts';
import type { QueueFilter } from '../../../core/appeals/queue-query.ts';
import type { AppealDeadlines } from '../../../core/appeals/deadlines.ts';

export interface QueueItem {
  registrationNumber: string;
  formType: string;
  kind: AppealKind;
  topic: string | null;
  status: SubmissionStatus;
  registeredAt: string;
  deadlines: AppealDeadlines;
  /** `nextDue()` of the appeal, stored so the database can filter and sort by it. */
  nextDue: string | null;
  assigneeName: string | null;
}

export interface QueuePage {
  items: QueueItem[];
  /** Whether another page follows. */
  more: boolean;
}

/** The query the queue page runs. */
export interface AppealQueueRepository {
  /** Open appeals first, ordered by `nextDue` ascending (nearest deadline first), then by registration. */
  list: (filter: QueueFilter, today: string, page: { limit: number; offset: number }) => Promise<QueuePage>;
  /** Submissions held by the anti-spam checks, waiting for a person to release them. */
  countQuarantined: () => Promise<number>;
}

/** Form types whose appeals are of `kind` (content/schemas/forms: each form names its SLA kind). */
function formTypesOf(kind: AppealKind): string[] {
  return forms.filter((form) => form.appealKind === kind).map((form) => form.type);
}

export function createAppealQueue(db: Kysely<DatabaseSchema>): AppealQueueRepository {
  return {
    async list(filter, today, page) {
      let query = db
        .selectFrom('submissions')
        .leftJoin('staff_users', 'staff_users.id', 'submissions.assignee_id')
        .select([
          'submissions.registration_number',
          'submissions.form_type',
          'submissions.topic',
          'submissions.status',
          'submissions.created_at',
          'submissions.deadlines',
          'submissions.reply_due',
          'submissions.next_due',
          'staff_users.name as assignee_name',
        ]);
      const { status } = filter;
      if (status === 'open') query = query.where('submissions.status', 'in', [...OPEN_STATUSES]);
      else if (status) query = query.where('submissions.status', '=', status);
      else query = query.where('submissions.status', '!=', 'quarantined');
      if (filter.kind) query = query.where('submissions.form_type', 'in', ['', ...formTypesOf(filter.kind)]);
      if (filter.topic) query = query.where('submissions.topic', '=', filter.topic);
      if (filter.urgency === 'overdue') query = query.where('submissions.next_due', '<', today);
      if (filter.urgency === 'due-today') query = query.where('submissions.next_due', '=', today);
      const rows = await query
        // Closed appeals (no next step) after every open one, on both databases.
        .orderBy(sql`case when submissions.next_due is null then 1 else 0 end`)
        .orderBy('submissions.next_due')
        .orderBy('submissions.created_at')
        .orderBy('submissions.registration_number')
        .limit(page.limit + 1)
        .offset(page.offset)
        .execute();
      const items = rows.slice(0, page.limit).map((row): QueueItem => ({
        registrationNumber: row.registration_number,
        formType: row.form_type,
        kind: findForm(row.form_type)?.appealKind ?? 'appeal',
        topic: row.topic,
        status: row.status,
        registeredAt: row.created_at,
        deadlines: storedDeadlines(row),
        nextDue: row.next_due,
        assigneeName: row.assignee_name,
      }));
      return { items, more: rows.length > page.limit };
    },

    async countQuarantined() {
      const row = await db
        .selectFrom('submissions')
        .select((eb) => eb.fn.countAll<number | string>().as('count'))
        .where('status', '=', 'quarantined')
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },
  };
}
