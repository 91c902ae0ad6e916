/**
 * Durable intake: the webhook stores the raw body before answering; a serial worker then applies
 * stored events to the ledger in arrival order. Pending events survive a restart and are
 * processed when the server starts again.
 */
import type { Kysely } from 'kysely';
import type { MonitoringTables } from './schema.ts';
import { applyStateChange } from './ledger.ts';
import { parseWebhookBody } from './kuma-event.ts';
import type { MonitoringConfig } from './monitoring-config.ts';
import { PUBLICATION_LIMIT_SECONDS } from './outage-notices.ts';

export type EventSource = 'webhook' | 'reconcile';

/** Structured log lines; fastify's logger fits, and so does the CLI's JSON console logger. */
export interface MonitoringLog {
  info: (fields: object, message: string) => void;
  error: (fields: object, message: string) => void;
}

export interface EventInbox {
  store: (body: unknown, source: EventSource) => Promise<number>;
  /** Processes everything pending; concurrent calls share one run. Resolves when done. */
  drain: () => Promise<void>;
}

export function createEventInbox(
  db: Kysely<MonitoringTables>,
  config: MonitoringConfig,
  log: MonitoringLog,
): EventInbox {
  let running: Promise<void> = Promise.resolve();
  let again = false;

  async function processOne(row: { id: number; source: string; body: string }): Promise<string> {
    const parsed = parseWebhookBody(JSON.parse(row.body));
    if (!parsed.ok) return `invalid: ${parsed.message}`;
    if (parsed.event.kind !== 'state') return parsed.event.kind;
    const { change } = parsed.event;
    const origin = row.source === 'reconcile' ? 'reconcile' : 'webhook';
    const outcome = await applyStateChange(db, config, change, origin);
    const published = outcome === 'closed' || outcome === 'rebuilt-from-up' || outcome === 'start-mismatch';
    if (published && Date.now() - Date.parse(change.at) > PUBLICATION_LIMIT_SECONDS * 1000) {
      // Tomsk standard 3.13: the notice is due within 2 hours of restoration; this one is not.
      log.error(
        { event: 'monitoring.notice-late', monitorId: change.monitorId, restoredAt: change.at },
        'outage notice published more than 2 hours after restoration',
      );
    }
    log.info(
      { event: 'monitoring.ledger', monitorId: change.monitorId, status: change.status, at: change.at, outcome },
      'outage ledger updated',
    );
    return outcome;
  }

  async function processPending(): Promise<void> {
    const rows = await db
      .selectFrom('monitoring_events')
      .select(['id', 'source', 'body'])
      .where('processed_at', 'is', null)
      .orderBy('id')
      .execute();
    for (const row of rows) {
      let outcome: string;
      try {
        outcome = await processOne(row);
      } catch (error) {
        log.error({ event: 'monitoring.event-failed', eventId: row.id, err: error }, 'monitoring event failed');
        outcome = `error: ${error instanceof Error ? error.message : String(error)}`;
      }
      await db
        .updateTable('monitoring_events')
        .set({ processed_at: new Date().toISOString(), outcome })
        .where('id', '=', row.id)
        .execute();
    }
  }

  function drain(): Promise<void> {
    again = true;
    running = running
      .then(async () => {
        // Several drains queued while one ran need only one more pass.
        if (!again) return;
        again = false;
        await processPending();
      })
      .catch((error: unknown) => {
        // The database is unreachable: events stay pending until the next webhook or restart.
        log.error({ event: 'monitoring.drain-failed', err: error }, 'monitoring events not processed');
      });
    return running;
  }

  async function store(body: unknown, source: EventSource): Promise<number> {
    const row = await db
      .insertInto('monitoring_events')
      .values({
        received_at: new Date().toISOString(),
        source,
        body: JSON.stringify(body),
        processed_at: null,
        outcome: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  return { store, drain };
}
