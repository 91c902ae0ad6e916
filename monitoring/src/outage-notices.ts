/**
 * Public notices about breaks in the site's work (Tomsk standard 3.13): one notice per period when
 * any site monitor was down (overlapping monitor outages merge), published the moment the ledger
 * records the end. Staff may replace the default cause; every edit is logged.
 */
import type { Kysely } from 'kysely';
import type { MonitoringTables } from './schema.ts';
import { maintenanceAt, type MonitoringConfig } from './monitoring-config.ts';
import { mergeOutagePeriods, type OutagePeriod } from './outage-periods.ts';

/** The standard allows 2 hours from restoration to publication. */
export const PUBLICATION_LIMIT_SECONDS = 2 * 60 * 60;

export const DEFAULT_CAUSE = 'Технический сбой. Причина уточняется и будет указана дополнительно.';
export const DEFAULT_MAINTENANCE_CAUSE = 'Плановые технические работы.';

export interface OutageNotice extends OutagePeriod {
  /** Stable id: the first outage of the period (used by `npm run monitoring:notice`). */
  id: number;
  cause: string;
  /** False while the default wording stands. */
  causeEdited: boolean;
  /** When the notice became public (UTC ISO). */
  publishedAt: string;
  /** Seconds from restoration to publication. */
  delaySeconds: number;
  /** Published later than the 2-hour limit. */
  late: boolean;
}

export interface CauseEdit {
  noticeId: number;
  editor: string;
  oldCause: string;
  newCause: string;
  editedAt: string;
}

export interface ListOptions {
  limit?: number;
  /** `published` for feeds, where a late notice is news when it appears. Default `stopped`. */
  newestBy?: 'stopped' | 'published';
}

export interface OutageNotices {
  /** Published notices, newest first (by stop time, or by publication for feeds); `limit` caps the list. */
  list: (options?: ListOptions) => Promise<OutageNotice[]>;
  editCause: (noticeId: number, cause: string, editor: string) => Promise<CauseEdit>;
}

export function createOutageNotices(db: Kysely<MonitoringTables>, config: MonitoringConfig): OutageNotices {
  function defaultCause(period: OutagePeriod): string {
    if (!period.maintenance) return DEFAULT_CAUSE;
    return maintenanceAt(config, period.outages[0].started_at)?.reason ?? DEFAULT_MAINTENANCE_CAUSE;
  }

  async function list(options: ListOptions = {}): Promise<OutageNotice[]> {
    const rows = await db.selectFrom('outages').selectAll().where('scope', '=', 'site').orderBy('started_at').execute();
    const notices = mergeOutagePeriods(rows).map((period): OutageNotice => {
      const head = period.outages[0];
      const publishedAt = period.publishedAt;
      const delaySeconds = Math.max(0, (Date.parse(publishedAt) - Date.parse(period.endedAt)) / 1000);
      return {
        ...period,
        id: head.id,
        cause: head.cause ?? defaultCause(period),
        causeEdited: head.cause !== null,
        publishedAt,
        delaySeconds,
        late: delaySeconds > PUBLICATION_LIMIT_SECONDS,
      };
    });
    notices.reverse();
    if (options.newestBy === 'published') notices.sort((a, b) => b.publishedAt.localeCompare(a.publishedAt));
    return options.limit === undefined ? notices : notices.slice(0, options.limit);
  }

  async function editCause(noticeId: number, cause: string, editor: string): Promise<CauseEdit> {
    const text = cause.trim();
    if (text.length < 10) throw new Error('Причина слишком короткая: опишите её хотя бы в 10 символах');
    if (editor.trim() === '') throw new Error('Укажите, кто вносит правку');
    const notice = (await list()).find((item) => item.id === noticeId);
    if (!notice) throw new Error(`Сообщение № ${String(noticeId)} не найдено среди опубликованных`);
    const editedAt = new Date().toISOString();
    await db.transaction().execute(async (trx) => {
      await trx.updateTable('outages').set({ cause: text }).where('id', '=', noticeId).execute();
      await trx
        .insertInto('outage_cause_edits')
        .values({
          outage_id: noticeId,
          editor: editor.trim(),
          edited_at: editedAt,
          old_cause: notice.causeEdited ? notice.cause : null,
          new_cause: text,
        })
        .execute();
    });
    return { noticeId, editor: editor.trim(), oldCause: notice.cause, newCause: text, editedAt };
  }

  return { list, editCause };
}
