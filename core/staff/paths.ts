/** Addresses of the staff console (pages) and its API; one list so links and the guard agree. */
export const STAFF_PAGES = {
  dashboard: '/staff/',
  signIn: '/staff/vhod/',
  signOut: '/staff/vyhod/',
  queue: '/staff/obrashcheniya/',
  reports: '/staff/otchety/',
  auditLog: '/staff/zhurnal/',
  refused: '/staff/otkazano/',
} as const;

export const STAFF_API_PREFIX = '/api/staff/';

/** Hidden form field carrying the session's CSRF token on every console form that changes something. */
export const CSRF_FIELD = 'csrf';

/** Pages under /staff/ and the staff API; everything here needs a session except signing in. */
export function isStaffPath(pathname: string): boolean {
  return pathname === '/staff' || pathname.startsWith('/staff/') || pathname.startsWith(STAFF_API_PREFIX);
}

export function isSignInPath(pathname: string): boolean {
  return pathname === STAFF_PAGES.signIn || pathname === STAFF_PAGES.signIn.slice(0, -1);
}

export function isSignOutPath(pathname: string): boolean {
  return pathname === STAFF_PAGES.signOut || pathname === STAFF_PAGES.signOut.slice(0, -1);
}

/** Download address of an attachment inside the console (guarded like every /api/staff/ route). */
export function staffAttachmentPath(id: string): string {
  return `${STAFF_API_PREFIX}attachments/${encodeURIComponent(id)}`;
}

/**
 * A path as a person reads it: «/staff/obrashcheniya/ВП-2026-000123/», not its percent-encoding
 * (registration numbers are Cyrillic). A path that does not decode is kept as it came.
 */
export function readablePath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}
