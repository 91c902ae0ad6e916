/**
 * Sends queued mail (forms-runner send_submission_job): claims due rows, composes and sends each,
 * then records the outcome. A temporary failure is retried with exponential backoff; a permanent
 * one (or running out of attempts) marks the row `failed`. Runs in the API process: `kick()` right
 * after a commit makes the acknowledgement leave within a second (ahead of any notifications
 * waiting, see claim.ts); polling is the safety net after restarts and for retries.
 */
import type { Kysely, Updateable } from 'kysely';
import type { DatabaseKind } from '../db/database.ts';
import type { DatabaseSchema, OutboxTable } from '../db/schema.ts';
import { MailError, type MailTransport, type OutgoingMessage } from '../mail/transport.ts';
import { claimDueRows, type Audience } from './claim.ts';

export interface OutboxWorkerOptions {
  db: Kysely<DatabaseSchema>;
  kind: DatabaseKind;
  transport: MailTransport;
  compose: (row: OutboxTable) => Promise<OutgoingMessage>;
  pollMs: number;
  leaseMs: number;
  retryBaseMs: number;
  maxAttempts: number;
  onError?: (error: unknown) => void;
}

/** 1×, 3×, 9× … the base delay, capped at one hour. */
export function backoffMs(attempt: number, baseMs: number): number {
  return Math.min(baseMs * 3 ** Math.max(0, attempt - 1), 60 * 60 * 1000);
}

interface Outcome {
  id: OutboxTable['id'];
  set: Updateable<OutboxTable>;
}

export function createOutboxWorker(options: OutboxWorkerOptions) {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;

  /** Sends one row's message; what happened is recorded with the rest of the batch (record). */
  async function deliver(row: OutboxTable): Promise<Outcome> {
    try {
      await options.transport.send(await options.compose(row));
      return {
        id: row.id,
        set: { status: 'sent', sent_at: new Date().toISOString(), locked_until: null, last_error: null },
      };
    } catch (error) {
      const permanent = error instanceof MailError ? error.permanent : false;
      const giveUp = permanent || row.attempts >= options.maxAttempts;
      return {
        id: row.id,
        set: {
          status: giveUp ? 'failed' : 'pending',
          locked_until: null,
          last_error: error instanceof Error ? error.message : 'send failed',
          run_at: new Date(Date.now() + backoffMs(row.attempts, options.retryBaseMs)).toISOString(),
        },
      };
    }
  }

  /**
   * One transaction for a batch's outcomes: one commit (on SQLite one fsync) instead of one per
   * message (issue 18). If it fails, the rows stay claimed and are sent again when their lease runs
   * out, as after a crash; the message id lets the receiving side recognise the duplicate.
   */
  async function record(outcomes: Outcome[]): Promise<void> {
    await options.db.transaction().execute(async (trx) => {
      for (const { id, set } of outcomes) await trx.updateTable('outbox').set(set).where('id', '=', id).execute();
    });
  }

  async function drain(): Promise<void> {
    const claim = (audience: Audience) =>
      claimDueRows(options.db, options.kind, { now: new Date(), leaseMs: options.leaseMs, limit: 10, audience });
    for (;;) {
      // Customer mail first; a batch of staff notifications only when no customer mail is due.
      let rows = await claim('customer');
      if (rows.length === 0) rows = await claim('staff');
      if (rows.length === 0 || stopped) return;
      await record(await Promise.all(rows.map(deliver)));
    }
  }

  /** Runs one pass now, or right after the current one; never two passes at once in a process. */
  function kick(): void {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = drain()
      .catch((error: unknown) => options.onError?.(error))
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          kick();
        }
      });
  }

  return {
    kick,
    start(): void {
      timer = setInterval(kick, options.pollMs);
      timer.unref();
      kick();
    },
    async stop(): Promise<void> {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}

export type OutboxWorker = ReturnType<typeof createOutboxWorker>;
