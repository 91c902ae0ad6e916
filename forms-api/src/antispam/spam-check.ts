/**
 * Decides whether a submission looks automated. Nothing is ever dropped: a suspicious submission
 * is stored, quarantined and shown to a person, but gets no auto-reply. Some signals are only
 * notes (a person without JavaScript cannot do the proof of work; a tab left open for days).
 */
import type { ProofOfWork } from './proof-of-work.ts';
import { checkFormToken } from './form-token.ts';
import type { SubmissionReason } from './reasons.ts';

/** Hidden fields every form carries; not part of any form schema. */
export const HONEYPOT_FIELD = 'website';
export const TOKEN_FIELD = 'formToken';
export const PROOF_FIELD = 'altcha';

/** The post's form token, to be marked used with the stored submission (a token works once). */
export function formTokenOf(body: Record<string, unknown>): { formToken?: string } {
  const token = body[TOKEN_FIELD];
  return typeof token === 'string' && token !== '' && token.length <= 100 ? { formToken: token } : {};
}

export interface SpamVerdict {
  /** Every signal, stored with the submission. */
  reasons: SubmissionReason[];
  quarantine: boolean;
}

export interface SpamCheckOptions {
  secret: string;
  minFillMs: number;
  proofOfWork: ProofOfWork;
}

export async function checkForSpam(
  formType: string,
  body: Record<string, unknown>,
  options: SpamCheckOptions,
): Promise<SpamVerdict> {
  const serious: SubmissionReason[] = [];
  const notes: SubmissionReason[] = [];
  const honeypot = body[HONEYPOT_FIELD];
  if (honeypot !== undefined && honeypot !== '') serious.push('honeypot-filled');
  const token = checkFormToken(options.secret, formType, body[TOKEN_FIELD], {
    now: Date.now(),
    minFillMs: options.minFillMs,
  });
  if (token === 'old') notes.push('token-old');
  else if (token !== 'ok') serious.push(`token-${token}`);
  const proof = body[PROOF_FIELD];
  if (proof === undefined || proof === '') notes.push('no-proof-of-work');
  else if (!(await options.proofOfWork.verify(proof))) serious.push('proof-of-work-invalid');
  return { reasons: [...serious, ...notes], quarantine: serious.length > 0 };
}
