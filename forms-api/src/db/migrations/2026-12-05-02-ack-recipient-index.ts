/**
 * The daily acknowledgement limit (submission-service.ts) counts one address's recent
 * acknowledgements for every submission. Without an index that count read the whole outbox, which
 * keeps every message ever sent: each submission got slower than the last (issue 18).
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('outbox_recipient_kind_created')
    .on('outbox')
    .columns(['recipient', 'kind', 'created_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('outbox_recipient_kind_created').execute();
}
