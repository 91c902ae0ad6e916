/**
 * A signed form token: the time the page was served, signed with the server's secret and the form
 * type. It proves the post came from our page and lets us see a bot that "fills in" a form in less
 * time than a person could. There is no upper time limit for people: an old token only adds a note.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export type TokenVerdict = 'ok' | 'missing' | 'invalid' | 'too-fast' | 'old';

const OLD_AFTER_MS = 24 * 60 * 60 * 1000;

function sign(secret: string, formType: string, issuedAt: number): string {
  return createHmac('sha256', secret).update(`${formType}.${issuedAt}`).digest('base64url');
}

export function issueFormToken(secret: string, formType: string, issuedAt = Date.now()): string {
  return `${issuedAt}.${sign(secret, formType, issuedAt)}`;
}

export function checkFormToken(
  secret: string,
  formType: string,
  token: unknown,
  options: { now: number; minFillMs: number },
): TokenVerdict {
  if (typeof token !== 'string' || token === '') return 'missing';
  const match = /^(\d{13})\.([\w-]{43})$/.exec(token);
  if (!match) return 'invalid';
  const issuedAt = Number(match[1]);
  const expected = Buffer.from(sign(secret, formType, issuedAt));
  const given = Buffer.from(match[2] ?? '');
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
  const age = options.now - issuedAt;
  if (age < options.minFillMs) return 'too-fast';
  return age > OLD_AFTER_MS ? 'old' : 'ok';
}
