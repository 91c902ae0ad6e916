/**
 * Applies one state change to the outage ledger. Idempotent and order-tolerant: a repeated or late
 * event finds its outage by (monitor, start) and changes nothing; an UP whose DOWN was lost
 * rebuilds the whole outage from `lastDownTime`.
 */
import type { Kysely } from 'kysely';
import type { MonitoringTables } from './schema.ts';
import type { StateChange } from './kuma-event.ts';
import { maintenanceAt, scopeOf, type MonitoringConfig } from './monitoring-config.ts';

export type LedgerOutcome =
  'opened' | 'already-open' | 'already-recorded' | 'closed' | 'rebuilt-from-up' | 'start-mismatch' | 'up-without-start';

type Db = Kysely<MonitoringTables>;

async function insertOutage(
  db: Db,
  config: MonitoringConfig,
  change: StateChange,
  fields: {
    startedAt: string;
    endedAt: string | null;
    origin: string;
    now: string;
  },
): Promise<void> {
  const maintenance = change.maintenance || maintenanceAt(config, fields.startedAt) !== undefined;
  await db
    .insertInto('outages')
    .values({
      monitor_id: change.monitorId,
      monitor_name: change.monitorName,
      scope: scopeOf(config, change.monitorName),
      kind: maintenance ? 'maintenance' : 'outage',
      started_at: fields.startedAt,
      first_failure_at: change.firstFailureAt,
      ended_at: fields.endedAt,
      down_message: change.status === 'down' ? change.message : '',
      origin: fields.origin,
      created_at: fields.now,
      closed_recorded_at: fields.endedAt === null ? null : fields.now,
      cause: null,
    })
    // Another process may have recorded the same event a moment ago.
    .onConflict((conflict) => conflict.columns(['monitor_id', 'started_at']).doNothing())
    .execute();
}

async function applyDown(db: Db, config: MonitoringConfig, change: StateChange, origin: string, now: string) {
  const covering = await db
    .selectFrom('outages')
    .select(['id', 'started_at'])
    .where('monitor_id', '=', change.monitorId)
    .where('started_at', '<=', change.at)
    .where((eb) => eb.or([eb('ended_at', 'is', null), eb('ended_at', '>', change.at)]))
    .executeTakeFirst();
  if (covering) return covering.started_at === change.at ? 'already-recorded' : 'already-open';
  await insertOutage(db, config, change, { startedAt: change.at, endedAt: null, origin, now });
  return 'opened';
}

async function closeOutage(db: Db, id: number, endedAt: string, now: string, startedAt?: string): Promise<void> {
  await db
    .updateTable('outages')
    .set({ ended_at: endedAt, closed_recorded_at: now, ...(startedAt === undefined ? {} : { started_at: startedAt }) })
    .where('id', '=', id)
    .where('ended_at', 'is', null)
    .execute();
}

async function applyUp(db: Db, config: MonitoringConfig, change: StateChange, origin: string, now: string) {
  const byStart = (startedAt: string) =>
    db
      .selectFrom('outages')
      .select(['id', 'ended_at'])
      .where('monitor_id', '=', change.monitorId)
      .where('started_at', '=', startedAt)
      .executeTakeFirst();
  const latestOpen = () =>
    db
      .selectFrom('outages')
      .select(['id', 'started_at'])
      .where('monitor_id', '=', change.monitorId)
      .where('started_at', '<', change.at)
      .where('ended_at', 'is', null)
      .orderBy('started_at', 'desc')
      .executeTakeFirst();

  if (change.lastDownAt === null) {
    // Only a template without lastDownTime gets here: the open outage is the best we know.
    const open = await latestOpen();
    if (!open) return 'up-without-start';
    await closeOutage(db, open.id, change.at, now);
    return 'closed';
  }
  const same = await byStart(change.lastDownAt);
  if (same) {
    if (same.ended_at !== null) return 'already-recorded';
    await closeOutage(db, same.id, change.at, now);
    return 'closed';
  }
  const open = await latestOpen();
  if (open && open.started_at > change.lastDownAt) {
    // Our DOWN came later than the one Uptime Kuma declared: the same break, the start is cross-checked.
    await closeOutage(db, open.id, change.at, now, change.lastDownAt);
    return 'start-mismatch';
  }
  // No DOWN recorded (lost webhook, API down). An older open outage stays open for reconciliation.
  await insertOutage(db, config, change, {
    startedAt: change.lastDownAt,
    endedAt: change.at,
    origin: origin === 'webhook' ? 'up-only' : origin,
    now,
  });
  return 'rebuilt-from-up';
}

export async function applyStateChange(
  db: Db,
  config: MonitoringConfig,
  change: StateChange,
  origin: 'webhook' | 'reconcile',
  now: string = new Date().toISOString(),
): Promise<LedgerOutcome> {
  return change.status === 'down'
    ? applyDown(db, config, change, origin, now)
    : applyUp(db, config, change, origin, now);
}
