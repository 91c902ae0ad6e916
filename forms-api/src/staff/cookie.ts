/**
 * The session cookie: HttpOnly, SameSite=Lax, and behind HTTPS `Secure` with the `__Host-` prefix
 * (which pins it to this host and path /, so a sibling subdomain cannot plant one).
 */
export function sessionCookieName(secure: boolean): string {
  return secure ? '__Host-es_staff' : 'es_staff';
}

export function serializeSessionCookie(secure: boolean, token: string, expiresAt: Date | null): string {
  const parts = [`${sessionCookieName(secure)}=${token}`, 'Path=/', 'HttpOnly', 'SameSite=Lax'];
  parts.push(expiresAt ? `Expires=${expiresAt.toUTCString()}` : 'Max-Age=0');
  if (secure) parts.push('Secure');
  return parts.join('; ');
}

export function readSessionCookie(secure: boolean, cookieHeader: string | undefined | null): string | undefined {
  const name = sessionCookieName(secure);
  for (const pair of (cookieHeader ?? '').split(';')) {
    const separator = pair.indexOf('=');
    if (separator > 0 && pair.slice(0, separator).trim() === name) return pair.slice(separator + 1).trim();
  }
  return undefined;
}
