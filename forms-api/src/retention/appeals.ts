/**
 * Retention of appeals: a submission past its keeping period goes together with everything that
 * hangs on it — consent records, attachment rows and their files on disk, appeal events and outbox
 * rows. An open appeal is never deleted, however old: the company still owes an answer.
 * Closed appeals count from the day they were closed; submissions held in quarantine and never
 * released count from their arrival.
 */
import { rm, rmdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';

/** Rows per transaction: well under SQLite's limit on bound parameters. */
const BATCH = 500;

/** What one run deletes, by kind, in the words of the report. */
export const APPEAL_RETENTION_LABELS = {
  submissions: 'обращения',
  consents: 'записи о согласиях',
  attachments: 'записи о вложениях',
  files: 'файлы вложений на диске',
  events: 'события обращений',
  outbox: 'письма в очереди отправки',
} as const;
export type AppealRetentionCounts = Record<keyof typeof APPEAL_RETENTION_LABELS, number>;

async function removeFile(dir: string, storageKey: string): Promise<boolean> {
  try {
    await rm(join(dir, storageKey));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  // Each upload has its own folder; it goes once its last file has.
  await rmdir(join(dir, dirname(storageKey))).catch(() => undefined);
  return true;
}

export function createAppealRetention(db: Kysely<DatabaseSchema>, attachmentsDir: string) {
  return {
    async deleteOlderThan(before: Date): Promise<AppealRetentionCounts> {
      const cutoff = before.toISOString();
      const expired = await db
        .selectFrom('submissions')
        .select('id')
        .where((eb) =>
          eb.or([
            eb.and([eb('status', 'in', ['answered', 'refused']), eb('closed_at', '<', cutoff)]),
            eb.and([eb('status', '=', 'quarantined'), eb('created_at', '<', cutoff)]),
          ]),
        )
        .execute();
      const counts: AppealRetentionCounts = {
        submissions: 0,
        consents: 0,
        attachments: 0,
        files: 0,
        events: 0,
        outbox: 0,
      };
      for (let start = 0; start < expired.length; start += BATCH) {
        const ids = expired.slice(start, start + BATCH).map((row) => row.id);
        const files = await db.transaction().execute(async (trx) => {
          const files = await trx
            .selectFrom('attachments')
            .select('storage_key')
            .where('submission_id', 'in', ids)
            .execute();
          const remove = async (table: 'consents' | 'attachments' | 'appeal_events' | 'outbox' | 'answer_ratings') =>
            Number((await trx.deleteFrom(table).where('submission_id', 'in', ids).executeTakeFirst()).numDeletedRows);
          counts.consents += await remove('consents');
          counts.attachments += await remove('attachments');
          counts.events += await remove('appeal_events');
          counts.outbox += await remove('outbox');
          // The rating's comment is the customer's words: it goes with the appeal.
          await remove('answer_ratings');
          const removed = await trx.deleteFrom('submissions').where('id', 'in', ids).executeTakeFirst();
          counts.submissions += Number(removed.numDeletedRows);
          return files;
        });
        // Files after the commit: a crash in between leaves a file without a row, never a row without its file.
        for (const file of files) {
          if (await removeFile(attachmentsDir, file.storage_key)) counts.files += 1;
        }
      }
      return counts;
    },
  };
}

export type AppealRetention = ReturnType<typeof createAppealRetention>;
