/**
 * The appeals behind the marketing department's report (Tomsk Глава 4 Раздел 1 п. 6): one row per
 * appeal registered in a period, quarantined submissions excluded, with what the report needs and
 * no personal data. Rows are read in batches by (created_at, id), so a year of appeals neither
 * fills memory nor holds a long query; dates are bucketed in TypeScript in the company time zone,
 * so the same code runs on SQLite and PostgreSQL.
 */
import type { Kysely } from 'kysely';
import { findForm } from '../../../content/schemas/forms/index.ts';
import { addDays, localDate, startOfLocalDay } from '../../../core/dates.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { storedDeadlines } from '../../../core/appeals/deadlines.ts';
import type { ReportPeriod } from '../../../core/appeals/report-query.ts';
import { type AppealStatus } from '../../../core/appeals/status.ts';
import { CUSTOMER_STATUS_NAMES } from '../../../core/appeals/status-lookup.ts';

/** The only channel recorded here; appeals by phone, post or in person are registered elsewhere. */
export const SITE_CHANNEL = 'Интернет-приёмная (форма на сайте)';

export interface ReportRow {
  registrationNumber: string;
  /** The form's title, e.g. «Жалоба или претензия». */
  type: string;
  /** The chosen topic's label, or «Без темы» for forms that ask none. */
  topic: string;
  channel: string;
  status: AppealStatus;
  statusName: string;
  /** Registration date in the company time zone. */
  registeredOn: string;
  /** The final deadline, after an extension if one was recorded. */
  finalDue: string;
  /** Date the answer or refusal was recorded, company time zone; null while open. */
  closedOn: string | null;
  /** Closed by the final deadline; an open appeal past it is late; null while open and not yet due. */
  onTime: boolean | null;
  /** Calendar days from registration to closing; null while open. */
  daysToAnswer: number | null;
  /** The customer's rating of the answer, 1–5; null if not rated. */
  rating: number | null;
}

/** One rating of an answer: its score and the local date it was given. */
export interface RatingRow {
  score: number;
  ratedOn: string;
}

/** The ratings given in the period (company time zone), whichever period their appeals were registered in. */
export async function ratingsIn(
  db: Kysely<DatabaseSchema>,
  period: ReportPeriod,
  timeZone: string,
): Promise<RatingRow[]> {
  const rows = await db
    .selectFrom('answer_ratings')
    .select(['score', 'rated_at'])
    .where('rated_at', '>=', startOfLocalDay(period.from, timeZone).toISOString())
    .where('rated_at', '<', startOfLocalDay(addDays(period.to, 1), timeZone).toISOString())
    .execute();
  return rows.map((row) => ({ score: row.score, ratedOn: localDate(new Date(row.rated_at), timeZone) }));
}

const BATCH = 1000;
const DAY_MS = 24 * 60 * 60_000;

function topicLabel(formType: string, topic: string | null): string {
  if (!topic) return 'Без темы';
  const options = findForm(formType)?.fields.find((field) => field.name === 'topic')?.options;
  return options?.find((option) => option.value === topic)?.label ?? topic;
}

/** Every appeal registered in the period, oldest first; `today` decides whether an open one is late. */
export async function* reportRows(
  db: Kysely<DatabaseSchema>,
  period: ReportPeriod,
  timeZone: string,
  today: string,
): AsyncGenerator<ReportRow> {
  const start = startOfLocalDay(period.from, timeZone).toISOString();
  const end = startOfLocalDay(addDays(period.to, 1), timeZone).toISOString();
  let after: { createdAt: string; id: string } | undefined;
  for (;;) {
    let query = db
      .selectFrom('submissions')
      .leftJoin('answer_ratings', 'answer_ratings.submission_id', 'submissions.id')
      .select([
        'answer_ratings.score',
        'id',
        'registration_number',
        'form_type',
        'topic',
        'status',
        'created_at',
        'deadlines',
        'reply_due',
        'extended_final',
        'closed_at',
      ])
      .where('status', '!=', 'quarantined')
      .where('created_at', '>=', start)
      .where('created_at', '<', end);
    if (after) {
      const { createdAt, id } = after;
      query = query.where((eb) =>
        eb.or([eb('created_at', '>', createdAt), eb.and([eb('created_at', '=', createdAt), eb('id', '>', id)])]),
      );
    }
    const batch = await query.orderBy('created_at').orderBy('id').limit(BATCH).execute();
    for (const row of batch) {
      if (row.status === 'quarantined') continue; // excluded by the query; this narrows the type
      const registeredOn = localDate(new Date(row.created_at), timeZone);
      const finalDue = row.extended_final ?? storedDeadlines(row).final;
      const closedOn = row.closed_at ? localDate(new Date(row.closed_at), timeZone) : null;
      yield {
        registrationNumber: row.registration_number,
        type: findForm(row.form_type)?.title ?? row.form_type,
        topic: topicLabel(row.form_type, row.topic),
        channel: SITE_CHANNEL,
        status: row.status,
        statusName: CUSTOMER_STATUS_NAMES[row.status],
        registeredOn,
        finalDue,
        closedOn,
        onTime: closedOn ? closedOn <= finalDue : finalDue < today ? false : null,
        daysToAnswer: closedOn ? Math.round((Date.parse(closedOn) - Date.parse(registeredOn)) / DAY_MS) : null,
        rating: row.score,
      };
    }
    const last = batch.at(-1);
    if (!last || batch.length < BATCH) return;
    after = { createdAt: last.created_at, id: last.id };
  }
}
