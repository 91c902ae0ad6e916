/**
 * The personal link in a final answer letter (issue 17): `<appeal id>.<expiry>.<HMAC>`, signed with
 * FORM_SECRET, so nobody can rate an appeal they were not written to about, nor move the expiry.
 * The expiry follows from the registration time, not the sending time, so the letter the specialist
 * previews and the letter sent carry the same link. Single use is the database's job
 * (answer_ratings' primary key), not the token's.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** Longer than any answer can take (30 days plus a 30-day extension), with months left to rate it. */
export const RATING_LINK_DAYS = 180;

const DAY_MS = 24 * 60 * 60 * 1000;
const TOKEN = /^([0-9a-f-]{36})\.(\d{1,12})\.([\w-]{43})$/;

export type RatingTokenCheck = { ok: true; submissionId: string } | { ok: false; reason: 'invalid' | 'expired' };

function signature(secret: string, submissionId: string, expires: string): string {
  return createHmac('sha256', secret).update(`rating.${submissionId}.${expires}`).digest('base64url');
}

export function issueRatingToken(secret: string, submission: { id: string; created_at: string }): string {
  const expires = String(Math.floor((Date.parse(submission.created_at) + RATING_LINK_DAYS * DAY_MS) / 1000));
  return `${submission.id}.${expires}.${signature(secret, submission.id, expires)}`;
}

/** A forged or mangled token is `invalid`; a genuine one past its expiry is `expired`. */
export function checkRatingToken(secret: string, token: unknown, now: Date): RatingTokenCheck {
  const match = typeof token === 'string' ? TOKEN.exec(token) : null;
  if (!match) return { ok: false, reason: 'invalid' };
  const [, submissionId = '', expires = '', given = ''] = match;
  const expected = Buffer.from(signature(secret, submissionId, expires));
  // Both are 43 ASCII characters (the pattern checked the given one).
  if (!timingSafeEqual(expected, Buffer.from(given))) return { ok: false, reason: 'invalid' };
  if (Number(expires) * 1000 < now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, submissionId };
}
