/**
 * A signed form token: the time the page was served and a random part, signed with the server's
 * secret and the form type. The random part keeps two pages served in the same millisecond from
 * sharing a token, which a single-use token would count as one person's second post. It proves the post came from our page and lets us see a bot that "fills in" a form in less
 * time than a person could. There is no upper time limit for people: an old token only adds a note.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { randomToken } from '../crypto/random-pool.ts';

export type TokenVerdict = 'ok' | 'missing' | 'invalid' | 'too-fast' | 'old' | 'expired';

const DAY_MS = 24 * 60 * 60 * 1000;
/** A token older than this only adds a note: a person may leave a tab open overnight. */
export const OLD_AFTER_DAYS = 1;
/**
 * How long a used token is remembered (retention deletes the record then). An older token can no
 * longer be checked for a second use, so its post is held for review ('expired').
 */
export const USED_TOKENS_KEPT_DAYS = 30;

function sign(secret: string, formType: string, issuedAt: number, nonce: string): string {
  return createHmac('sha256', secret).update(`${formType}.${issuedAt}.${nonce}`).digest('base64url');
}

export function issueFormToken(secret: string, formType: string, issuedAt = Date.now()): string {
  const nonce = randomToken(9);
  return `${issuedAt}.${nonce}.${sign(secret, formType, issuedAt, nonce)}`;
}

export function checkFormToken(
  secret: string,
  formType: string,
  token: unknown,
  options: { now: number; minFillMs: number },
): TokenVerdict {
  if (typeof token !== 'string' || token === '') return 'missing';
  const match = /^(\d{13})\.([\w-]{12})\.([\w-]{43})$/.exec(token);
  if (!match) return 'invalid';
  const issuedAt = Number(match[1]);
  const expected = Buffer.from(sign(secret, formType, issuedAt, match[2] ?? ''));
  const given = Buffer.from(match[3] ?? '');
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
  const age = options.now - issuedAt;
  if (age < options.minFillMs) return 'too-fast';
  if (age > USED_TOKENS_KEPT_DAYS * DAY_MS) return 'expired';
  return age > OLD_AFTER_DAYS * DAY_MS ? 'old' : 'ok';
}
