/**
 * Table types for Kysely: one property per table, added together with the migration that
 * creates the table (see ./migrations/README.md).
 */
import type { Generated } from 'kysely';

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
  staff_users: StaffUserTable;
  staff_sessions: StaffSessionTable;
  staff_audit_log: StaffAuditLogTable;
}
