/**
 * The one access check for everything under /staff/ and /api/staff/, used by the Astro middleware
 * (site/middleware.ts) for console pages and by the fastify plugin (../plugins/app/staff.ts) for the
 * API. It decides; the callers only translate the decision into a redirect, a page or a JSON body.
 */
import { timingSafeEqual } from 'node:crypto';
import type { AuditLog } from './audit-log.ts';
import { isSignInPath, isSignOutPath, readablePath } from '../../../core/staff/paths.ts';
import { mayChange } from '../../../core/staff/roles.ts';
import type { Sessions, StaffSession } from './sessions.ts';

export interface StaffRequest {
  method: string;
  pathname: string;
  /** The session cookie's value, if any. */
  token: string | undefined;
  /** The Origin and Host headers, compared on state-changing requests. */
  origin: string | undefined;
  host: string | undefined;
  /** Reads the CSRF token (a form field or a header) only when a state-changing request needs it. */
  csrfToken: () => Promise<string | undefined>;
  ip: string;
}

export type GuardDecision =
  | { outcome: 'allow'; session: StaffSession | undefined }
  | { outcome: 'sign-in-required' }
  | { outcome: 'forbidden'; message: string };

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const GUARD_MESSAGES = {
  crossSite: 'Запрос отправлен с другого сайта и отклонён. Откройте консоль заново и повторите действие.',
  csrf: 'Форма устарела. Обновите страницу и повторите действие.',
  readOnly: 'У роли «аудитор» доступ только для чтения: изменять данные нельзя.',
} as const;

function sameToken(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function sameOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (!origin || !host) return false;
  try {
    const source = new URL(origin);
    // Parsed the same way, so that «example.ru:443» and «https://example.ru» agree.
    return source.host === new URL(`${source.protocol}//${host}`).host;
  } catch {
    return false;
  }
}

export function createGuard(sessions: Sessions, audit: AuditLog) {
  return async function checkStaffRequest(request: StaffRequest): Promise<GuardDecision> {
    const changes = !SAFE_METHODS.has(request.method.toUpperCase());
    // Browsers send Origin on every POST; a missing or foreign one is a forged or scripted request.
    if (changes && !sameOrigin(request.origin, request.host)) {
      return { outcome: 'forbidden', message: GUARD_MESSAGES.crossSite };
    }
    const session = request.token ? await sessions.find(request.token) : undefined;
    if (isSignInPath(request.pathname)) return { outcome: 'allow', session };
    if (!session) return { outcome: 'sign-in-required' };
    if (!changes) return { outcome: 'allow', session };

    const refuse = async (message: string): Promise<GuardDecision> => {
      await audit.record({
        actorId: session.user.id,
        actorEmail: session.user.email,
        action: 'request-refused',
        target: `${request.method} ${readablePath(request.pathname)}`,
        ip: request.ip,
        details: message,
      });
      return { outcome: 'forbidden', message };
    };
    if (!sameToken(await request.csrfToken(), session.csrfToken)) return refuse(GUARD_MESSAGES.csrf);
    if (!mayChange(session.user.role) && !isSignOutPath(request.pathname)) return refuse(GUARD_MESSAGES.readOnly);
    return { outcome: 'allow', session };
  };
}
