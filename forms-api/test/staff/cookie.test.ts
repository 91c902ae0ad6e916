import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readSessionCookie, serializeSessionCookie } from '../../src/staff/cookie.ts';

test('behind HTTPS the session cookie is Secure and host-only; always HttpOnly and SameSite', () => {
  const expires = new Date('2026-11-23T03:00:00Z');
  assert.equal(
    serializeSessionCookie(true, 'abc', expires),
    '__Host-es_staff=abc; Path=/; HttpOnly; SameSite=Lax; Expires=Mon, 23 Nov 2026 03:00:00 GMT; Secure',
  );
  assert.equal(serializeSessionCookie(false, '', null), 'es_staff=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0');
});

test('the session cookie is found among others, and an insecure one is ignored behind HTTPS', () => {
  assert.equal(readSessionCookie(false, 'theme=dark; es_staff=abc; x=1'), 'abc');
  assert.equal(readSessionCookie(true, 'es_staff=planted'), undefined);
  assert.equal(readSessionCookie(true, '__Host-es_staff=abc'), 'abc');
  assert.equal(readSessionCookie(false, undefined), undefined);
});
