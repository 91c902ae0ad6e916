/**
 * Records an appeal event and, when the customer is written to about it, the letter: both in the
 * caller's transaction, so an answer is never recorded without its letter, nor sent twice
 * (outbox dedupe key `letter:<event id>`). A postal reply is not e-mailed: the event notes that the
 * letter goes by post and the console shows it for printing.
 */
import type { Transaction } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';
import { LETTER_KINDS } from '../mail/letter.ts';
import { replyChannelOf } from '../../../core/mail/reply-channel.ts';
import { newOutboxRow } from '../outbox/new-row.ts';
import type { AppealEventKind } from './events.ts';
import { newRowId } from '../db/row-id.ts';

export interface NewEvent {
  /** Given when the id itself must make the event unique (the expected-date notice). */
  id?: string;
  submission: { id: string; payload: string };
  kind: AppealEventKind;
  actorId: number | null;
  body?: string | null;
  details?: Record<string, unknown>;
  at: string;
}

/** Inserts the event (skipped if an event with the same id exists) and queues its letter; returns whether it was new. */
export async function recordEvent(trx: Transaction<DatabaseSchema>, event: NewEvent): Promise<boolean> {
  const id = event.id ?? newRowId();
  const reply = replyChannelOf(JSON.parse(event.submission.payload) as Record<string, unknown>);
  // A refusal without a notice (no address to reply to, 59-ФЗ ст. 11 ч. 1) is not written about.
  const writes = LETTER_KINDS.has(event.kind) && !(event.kind === 'refusal' && !event.body);
  const details = {
    ...event.details,
    ...(writes && reply.channel !== 'email' ? { delivery: reply.channel } : {}),
  };
  const inserted = await trx
    .insertInto('appeal_events')
    .values({
      id,
      submission_id: event.submission.id,
      at: event.at,
      actor_id: event.actorId,
      kind: event.kind,
      body: event.body ?? null,
      details: Object.keys(details).length > 0 ? JSON.stringify(details) : null,
    })
    .onConflict((conflict) => conflict.column('id').doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 0) return false;
  if (writes && reply.channel === 'email') {
    await trx
      .insertInto('outbox')
      .values(
        newOutboxRow({
          submissionId: event.submission.id,
          kind: 'letter',
          recipient: reply.address,
          dedupeKey: `letter:${id}`,
          eventId: id,
          at: event.at,
        }),
      )
      .execute();
  }
  return true;
}
