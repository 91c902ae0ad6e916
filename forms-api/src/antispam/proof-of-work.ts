/**
 * ALTCHA proof of work, self-hosted: the server hands out a signed challenge, the page's script
 * finds the counter that solves it (invisibly, no puzzle to see or hear) and sends the solution
 * with the form. The difficulty (counter range × cost) is tuned to under 1 s on a phone; see
 * docs/benchmarks.md and ../../../../shared notes: README defaults take ~10 s.
 * @see https://github.com/altcha-org/altcha-lib
 */
import { CappedMap, createChallenge, randomInt, verifySolution, type Challenge, type Payload } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';

export interface ProofOfWorkOptions {
  secret: string;
  /** Largest counter the solver may have to try; the expected work is about half of it. */
  maxCounter: number;
  /** Hash iterations per try. */
  cost: number;
  /** How long a challenge stays valid; a form left open longer fetches a new one. */
  ttlSeconds: number;
}

function parsePayload(payload: string): Payload | null {
  try {
    const parsed = JSON.parse(Buffer.from(payload, 'base64').toString('utf8')) as Partial<Payload>;
    return parsed.challenge && parsed.solution ? (parsed as Payload) : null;
  } catch {
    return null;
  }
}

export function createProofOfWork(options: ProofOfWorkOptions) {
  // A solution is good for one submission per process; the rate limit bounds reuse across processes.
  const used = new CappedMap<string, boolean>({ maxSize: 10_000 });
  return {
    challenge(): Promise<Challenge> {
      return createChallenge({
        algorithm: 'SHA-256',
        cost: options.cost,
        counter: randomInt(Math.floor(options.maxCounter / 2), options.maxCounter),
        deriveKey,
        hmacSignatureSecret: options.secret,
        expiresAt: new Date(Date.now() + options.ttlSeconds * 1000),
      });
    },
    /** True for a valid, unexpired solution of a challenge this server signed. */
    async verify(payload: unknown): Promise<boolean> {
      if (typeof payload !== 'string' || payload.length === 0 || payload.length > 4000) return false;
      const parsed = parsePayload(payload);
      const signature = parsed?.challenge.signature;
      if (!parsed || !signature || used.has(signature)) return false;
      try {
        const result = await verifySolution({ ...parsed, deriveKey, hmacSignatureSecret: options.secret });
        if (result.verified) used.set(signature, true);
        return result.verified;
      } catch {
        return false;
      }
    },
  };
}

export type ProofOfWork = ReturnType<typeof createProofOfWork>;
