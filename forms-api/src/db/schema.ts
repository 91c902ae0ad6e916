/**
 * Table types for Kysely: one property per table, added together with the migration that
 * creates the table (see ./migrations/README.md).
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

/** Timestamps are ISO-8601 strings in UTC on both databases. */
type IsoTime = string;

export interface StaffUserTable {
  id: Generated<number>;
  /** Lower-cased, the sign-in name. */
  email: string;
  name: string;
  /** One of STAFF_ROLES (forms-api/src/staff/roles.ts). */
  role: string;
  /** scrypt hash in the format of forms-api/src/staff/passwords.ts. */
  password_hash: string;
  /** 1 when the account may no longer sign in. */
  disabled: Generated<number>;
  created_at: IsoTime;
}

export interface StaffSessionTable {
  /** SHA-256 of the cookie value, hex. */
  id: string;
  user_id: number;
  csrf_token: string;
  created_at: IsoTime;
  expires_at: IsoTime;
  revoked_at: IsoTime | null;
}

export interface StaffAuditLogTable {
  id: Generated<number>;
  at: IsoTime;
  actor_id: number | null;
  actor_email: string;
  /** One of AUDIT_ACTIONS (forms-api/src/staff/audit-log.ts). */
  action: string;
  /** What the action was about: an e-mail, a registration number… */
  target: string | null;
  ip: string | null;
  /** Short free text, never a password or a customer's personal data. */
  details: string | null;
}

export interface DatabaseSchema {
  monitoring_events: MonitoringEventTable;
  outages: OutageTable;
  outage_cause_edits: OutageCauseEditTable;
  staff_users: StaffUserTable;
  staff_sessions: StaffSessionTable;
  staff_audit_log: StaffAuditLogTable;
}
