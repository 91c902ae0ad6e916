/**
 * Table types of the outage ledger for Kysely (created by ./migrations/2026-11-22-01-outage-ledger.ts).
 * The server's database schema includes them; monitoring code sees only these tables.
 */
import type { Generated } from 'kysely';

/** An Uptime Kuma event exactly as received, kept until (and after) it is processed. */
export interface MonitoringEventTable {
  id: Generated<number>;
  received_at: string;
  /** `webhook` or `reconcile`. */
  source: string;
  /** The request body as JSON text. */
  body: string;
  processed_at: string | null;
  /** What processing did, e.g. `opened`, `closed`, `duplicate`; or the error. */
  outcome: string | null;
}

/** One break of one monitor: from DOWN declared to the first successful probe. */
export interface OutageTable {
  id: Generated<number>;
  monitor_id: number;
  monitor_name: string | null;
  /** `site` or `api` (content/monitoring.yaml). */
  scope: string;
  /** `outage`, or `maintenance` for a break inside a window announced in advance. */
  kind: string;
  started_at: string;
  first_failure_at: string | null;
  ended_at: string | null;
  down_message: string;
  /** `webhook`, `up-only` (rebuilt from lastDownTime) or `reconcile`. */
  origin: string;
  created_at: string;
  /** When the ledger learned of the end: the notice is public from this moment. */
  closed_recorded_at: string | null;
  /** Cause written by staff; null shows the default wording. */
  cause: string | null;
}

export interface OutageCauseEditTable {
  id: Generated<number>;
  outage_id: number;
  editor: string;
  edited_at: string;
  old_cause: string | null;
  new_cause: string;
}

export interface MonitoringTables {
  monitoring_events: MonitoringEventTable;
  outages: OutageTable;
  outage_cause_edits: OutageCauseEditTable;
}
