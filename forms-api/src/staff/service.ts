/**
 * Everything the console needs about staff, assembled once per process over the shared database
 * and handed to the fastify routes (app.staff) and to Astro pages (Astro.locals.staff).
 */
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';
import { createAuditLog } from './audit-log.ts';
import { readSessionCookie, serializeSessionCookie } from './cookie.ts';
import { createGuard } from './guard.ts';
import { createSessions } from './sessions.ts';
import { createSignIn } from './sign-in.ts';
import { createStaffUsers } from './users.ts';

export interface StaffServiceOptions {
  db: Kysely<DatabaseSchema>;
  sessionMinutes: number;
  /** Mark the cookie Secure (HTTPS behind a proxy). */
  secureCookie: boolean;
  now?: () => Date;
}

export function createStaffService({ db, sessionMinutes, secureCookie, now = () => new Date() }: StaffServiceOptions) {
  const audit = createAuditLog(db, now);
  const users = createStaffUsers(db, now);
  const sessions = createSessions(db, now, sessionMinutes);
  return {
    audit,
    users,
    sessions,
    ...createSignIn(users, sessions, audit, now),
    check: createGuard(sessions, audit),
    cookie: {
      read: (cookieHeader: string | undefined | null) => readSessionCookie(secureCookie, cookieHeader),
      set: (token: string, expiresAt: Date) => serializeSessionCookie(secureCookie, token, expiresAt),
      clear: () => serializeSessionCookie(secureCookie, '', null),
    },
  };
}

export type StaffService = ReturnType<typeof createStaffService>;
