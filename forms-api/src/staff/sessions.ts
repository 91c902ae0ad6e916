/**
 * Sessions in the database: a random cookie value whose SHA-256 is the row id, an absolute expiry,
 * revocable one by one (sign-out) or all at once for an account (disabled, new password).
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';
import type { StaffRole } from '../../../core/staff/roles.ts';

export interface StaffSession {
  /** Row id (hash of the cookie value); never the cookie value itself. */
  id: string;
  csrfToken: string;
  expiresAt: string;
  user: { id: number; email: string; name: string; role: StaffRole };
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function createSessions(db: Kysely<DatabaseSchema>, now: () => Date, lifetimeMinutes: number) {
  return {
    /** Starts a session and returns the value for the cookie. */
    async start(userId: number): Promise<{ token: string; expiresAt: Date }> {
      const token = randomBytes(32).toString('base64url');
      const created = now();
      const expiresAt = new Date(created.getTime() + lifetimeMinutes * 60_000);
      await db
        .insertInto('staff_sessions')
        .values({
          id: hashToken(token),
          user_id: userId,
          csrf_token: randomBytes(32).toString('base64url'),
          created_at: created.toISOString(),
          expires_at: expiresAt.toISOString(),
          revoked_at: null,
        })
        .execute();
      return { token, expiresAt };
    },

    /** The live session for a cookie value: not expired, not revoked, account not disabled. */
    async find(token: string): Promise<StaffSession | undefined> {
      const row = await db
        .selectFrom('staff_sessions as s')
        .innerJoin('staff_users as u', 'u.id', 's.user_id')
        .select(['s.id', 's.csrf_token', 's.expires_at', 'u.id as user_id', 'u.email', 'u.name', 'u.role'])
        .where('s.id', '=', hashToken(token))
        .where('s.revoked_at', 'is', null)
        .where('s.expires_at', '>', now().toISOString())
        .where('u.disabled', '=', 0)
        .executeTakeFirst();
      if (!row) return undefined;
      return {
        id: row.id,
        csrfToken: row.csrf_token,
        expiresAt: row.expires_at,
        user: { id: row.user_id, email: row.email, name: row.name, role: row.role as StaffRole },
      };
    },

    async revoke(sessionId: string): Promise<void> {
      await db
        .updateTable('staff_sessions')
        .set({ revoked_at: now().toISOString() })
        .where('id', '=', sessionId)
        .execute();
    },

    async revokeAllOf(userId: number): Promise<void> {
      await db
        .updateTable('staff_sessions')
        .set({ revoked_at: now().toISOString() })
        .where('user_id', '=', userId)
        .where('revoked_at', 'is', null)
        .execute();
    },

    /** Retention: expired or revoked sessions are of no use; returns how many were deleted. */
    async deleteEnded(): Promise<number> {
      const at = now().toISOString();
      const result = await db
        .deleteFrom('staff_sessions')
        .where((eb) => eb.or([eb('expires_at', '<=', at), eb('revoked_at', 'is not', null)]))
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}

export type Sessions = ReturnType<typeof createSessions>;
