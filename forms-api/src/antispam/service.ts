/**
 * Anti-spam without third parties, assembled: form tokens for the pages, ALTCHA challenges for
 * their scripts, and the check each submission goes through.
 */
import type { Challenge } from 'altcha-lib';
import { issueFormToken } from './form-token.ts';
import { createProofOfWork } from './proof-of-work.ts';
import { checkForSpam, type SpamVerdict } from './spam-check.ts';

export interface Antispam {
  issueToken(formType: string): string;
  check(formType: string, body: unknown): Promise<SpamVerdict>;
  /** A fresh signed proof-of-work challenge for a page's script. */
  challenge(): Promise<Challenge>;
}

export interface AntispamOptions {
  secret: string;
  /** ALTCHA_MAX_COUNTER. */
  maxCounter: number;
  /** FORM_MIN_FILL_MS. */
  minFillMs: number;
}

export function createAntispam({ secret, maxCounter, minFillMs }: AntispamOptions): Antispam {
  const proofOfWork = createProofOfWork({ secret, maxCounter, cost: 1, ttlSeconds: 3600 });
  return {
    issueToken: (formType) => issueFormToken(secret, formType),
    check: (formType, body) =>
      checkForSpam(formType, typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {}, {
        secret,
        minFillMs,
        proofOfWork,
      }),
    challenge: () => proofOfWork.challenge(),
  };
}
