/**
 * Indexes for the queries every submission makes (issue 18); without them each read a table that
 * only grows, so each submission got slower than the last:
 * - the daily acknowledgement limit (submission-service.ts) counts one address's recent
 *   acknowledgements — it read the whole outbox, which keeps every message ever sent;
 * - the mail robot's claim (outbox/claim.ts) takes the due rows of one audience — it read past
 *   every waiting row of the other one.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('outbox_recipient_kind_created')
    .on('outbox')
    .columns(['recipient', 'kind', 'created_at'])
    .execute();
  await db.schema.createIndex('outbox_claim').on('outbox').columns(['status', 'kind', 'run_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('outbox_claim').execute();
  await db.schema.dropIndex('outbox_recipient_kind_created').execute();
}
