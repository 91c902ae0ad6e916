/**
 * Signing in and out. A wrong password, an unknown e-mail and a disabled account get the same
 * answer after the same work (a hash is always verified), so the form tells nobody which accounts
 * exist. Failed attempts are counted per e-mail and per address from the audit log, so the limit
 * holds across processes sharing one PostgreSQL.
 */
import type { AuditLog } from './audit-log.ts';
import { hashPassword, needsRehash, verifyPassword } from './passwords.ts';
import type { Sessions, StaffSession } from './sessions.ts';
import { normalizeEmail, type StaffUsers } from './users.ts';

export const SIGN_IN_LIMITS = { windowMinutes: 15, perEmail: 5, perAddress: 20 } as const;

/** RFC 5321's longest address; a longer one (or an absurd password) is refused before any work or log line. */
export const SIGN_IN_MAX = { email: 254, password: 1024 } as const;

export type SignInResult =
  { outcome: 'signed-in'; token: string; expiresAt: Date } | { outcome: 'invalid' } | { outcome: 'throttled' };

export function createSignIn(users: StaffUsers, sessions: Sessions, audit: AuditLog, now: () => Date) {
  // Verified when the e-mail is unknown, so that answer takes as long as a wrong password.
  let decoyHash: Promise<string> | undefined;

  async function isThrottled(email: string, ip: string): Promise<boolean> {
    const since = new Date(now().getTime() - SIGN_IN_LIMITS.windowMinutes * 60_000);
    const [byEmail, byAddress] = await Promise.all([
      audit.countSince('sign-in-failed', since, { target: email }),
      audit.countSince('sign-in-failed', since, { ip }),
    ]);
    return byEmail >= SIGN_IN_LIMITS.perEmail || byAddress >= SIGN_IN_LIMITS.perAddress;
  }

  return {
    async signIn(input: { email: string; password: string; ip: string }): Promise<SignInResult> {
      if (input.email.length > SIGN_IN_MAX.email || input.password.length > SIGN_IN_MAX.password)
        return { outcome: 'invalid' };
      const email = normalizeEmail(input.email);
      const attempt = { actorId: null, actorEmail: email, target: email, ip: input.ip };
      if (await isThrottled(email, input.ip)) {
        await audit.record({ ...attempt, action: 'sign-in-throttled' });
        return { outcome: 'throttled' };
      }
      const account = await users.findForSignIn(email);
      decoyHash ??= hashPassword('decoy password that matches nothing');
      const matches = await verifyPassword(input.password, account?.passwordHash ?? (await decoyHash));
      if (!account || account.user.disabled || !matches) {
        await audit.record({ ...attempt, action: 'sign-in-failed' });
        return { outcome: 'invalid' };
      }
      if (needsRehash(account.passwordHash)) await users.setPassword(email, input.password);
      const started = await sessions.start(account.user.id);
      await audit.record({ ...attempt, actorId: account.user.id, action: 'sign-in' });
      return { outcome: 'signed-in', ...started };
    },

    async signOut(session: StaffSession, ip: string): Promise<void> {
      await sessions.revoke(session.id);
      await audit.record({
        actorId: session.user.id,
        actorEmail: session.user.email,
        action: 'sign-out',
        target: session.user.email,
        ip,
      });
    },
  };
}
