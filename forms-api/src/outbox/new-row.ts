import type { OutboxTable } from '../db/schema.ts';
import { newRowId } from '../db/row-id.ts';

/** A pending outbox row, due at once; `dedupeKey` makes sure the message is queued only once, ever. */
export function newOutboxRow(input: {
  submissionId: string;
  kind: OutboxTable['kind'];
  recipient: string;
  dedupeKey: string;
  at: string;
  eventId?: string;
}): OutboxTable {
  return {
    id: newRowId(),
    dedupe_key: input.dedupeKey,
    submission_id: input.submissionId,
    kind: input.kind,
    event_id: input.eventId ?? null,
    recipient: input.recipient,
    status: 'pending',
    attempts: 0,
    run_at: input.at,
    locked_until: null,
    last_error: null,
    sent_at: null,
    created_at: input.at,
  };
}
