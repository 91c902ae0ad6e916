/** Checks `Authorization: Bearer <secret>` in constant time (the webhook has no signature of its own). */
import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (text: string) => createHash('sha256').update(text).digest();

export function hasBearerSecret(header: string | undefined, secret: string | undefined): boolean {
  if (!secret || !header?.startsWith('Bearer ')) return false;
  // Hashing first gives equal lengths, so the comparison time says nothing about the secret.
  return timingSafeEqual(digest(header.slice('Bearer '.length)), digest(secret));
}
