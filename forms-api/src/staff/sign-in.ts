/**
 * Signing in and out. A wrong password, an unknown e-mail and a disabled account get the same
 * answer after the same work (a hash is always verified), so the form tells nobody which accounts
 * exist. Failed attempts are counted per e-mail and per address from the audit log, so the limit
 * holds across processes sharing one PostgreSQL. Past the limit a try must wait a pause that
 * doubles with every further failure (finding 7 of issue 15): nobody can lock an account for
 * good, and the owner gets in after the pause; a successful sign-in clears the e-mail's count.
 */
import type { AuditLog } from './audit-log.ts';
import { hashPassword, needsRehash, verifyPassword } from './passwords.ts';
import type { Sessions, StaffSession } from './sessions.ts';
import { normalizeEmail, type StaffUsers } from './users.ts';

export const SIGN_IN_LIMITS = {
  windowMinutes: 15,
  perEmail: 5,
  perAddress: 20,
  /** The pause after the limit is reached; it doubles with each further failure, up to the maximum. */
  firstPauseSeconds: 5,
  maxPauseMinutes: 15,
} as const;

/** Until when a tally of failures makes the next try wait (epoch ms; 0 when it need not). */
function pauseUntil(tally: { count: number; last: string | null }, limit: number): number {
  if (tally.count < limit || tally.last === null) return 0;
  const pause = Math.min(
    SIGN_IN_LIMITS.maxPauseMinutes * 60_000,
    SIGN_IN_LIMITS.firstPauseSeconds * 1000 * 2 ** Math.min(tally.count - limit, 20),
  );
  return new Date(tally.last).getTime() + pause;
}

/** RFC 5321's longest address; a longer one (or an absurd password) is refused before any work or log line. */
export const SIGN_IN_MAX = { email: 254, password: 1024 } as const;

export type SignInResult =
  { outcome: 'signed-in'; token: string; expiresAt: Date } | { outcome: 'invalid' } | { outcome: 'throttled' };

export function createSignIn(users: StaffUsers, sessions: Sessions, audit: AuditLog, now: () => Date) {
  // Verified when the e-mail is unknown, so that answer takes as long as a wrong password.
  let decoyHash: Promise<string> | undefined;

  /** Since when failures on `email` count: the window, or its last successful sign-in if later. */
  async function countingSince(email: string): Promise<Date> {
    const windowStart = new Date(now().getTime() - SIGN_IN_LIMITS.windowMinutes * 60_000);
    const signedIn = await audit.lastAt('sign-in', email);
    return signedIn && new Date(signedIn) > windowStart ? new Date(signedIn) : windowStart;
  }

  async function isThrottled(email: string, ip: string, since: Date): Promise<boolean> {
    const windowStart = new Date(now().getTime() - SIGN_IN_LIMITS.windowMinutes * 60_000);
    const [byEmail, byAddress] = await Promise.all([
      audit.tallySince('sign-in-failed', since, { target: email }),
      audit.tallySince('sign-in-failed', windowStart, { ip }),
    ]);
    const until = Math.max(
      pauseUntil(byEmail, SIGN_IN_LIMITS.perEmail),
      pauseUntil(byAddress, SIGN_IN_LIMITS.perAddress),
    );
    return now().getTime() < until;
  }

  return {
    async signIn(input: { email: string; password: string; ip: string }): Promise<SignInResult> {
      if (input.email.length > SIGN_IN_MAX.email || input.password.length > SIGN_IN_MAX.password)
        return { outcome: 'invalid' };
      const email = normalizeEmail(input.email);
      const attempt = { actorId: null, actorEmail: email, target: email, ip: input.ip };
      const since = await countingSince(email);
      if (await isThrottled(email, input.ip, since)) {
        await audit.recordRepeat({ ...attempt, action: 'sign-in-throttled' }, since);
        return { outcome: 'throttled' };
      }
      const account = await users.findForSignIn(email);
      decoyHash ??= hashPassword('decoy password that matches nothing');
      const matches = await verifyPassword(input.password, account?.passwordHash ?? (await decoyHash));
      if (!account || account.user.disabled || !matches) {
        await audit.recordRepeat({ ...attempt, action: 'sign-in-failed' }, since);
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
