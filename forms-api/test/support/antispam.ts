/**
 * The hidden fields a person's browser sends: an empty honeypot, a form token issued a minute ago
 * and a solved proof-of-work challenge. Without them a submission is (rightly) quarantined.
 */
import type { FastifyInstance } from 'fastify';
import { solveChallenge, type Challenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { issueFormToken } from '../../src/antispam/form-token.ts';

/** Shared by the test helper and child API processes, so tokens made here verify there. */
export const TEST_ANTISPAM_ENV = {
  FORM_SECRET: 'test-only-secret-0123456789abcdef0123456789',
  ALTCHA_MAX_COUNTER: '100',
};

export async function humanFields(
  formType: string,
  getChallenge: () => Promise<Challenge>,
): Promise<Record<string, string>> {
  const challenge = await getChallenge();
  const solution = await solveChallenge({ challenge, deriveKey });
  return {
    website: '',
    formToken: issueFormToken(TEST_ANTISPAM_ENV.FORM_SECRET, formType, Date.now() - 60_000),
    altcha: Buffer.from(JSON.stringify({ challenge, solution })).toString('base64'),
  };
}

/** A body as a person's browser would send it to an app under test. */
export async function asPerson(app: FastifyInstance, formType: string, body: object): Promise<Record<string, unknown>> {
  const fields = await humanFields(formType, async () =>
    (await app.inject({ method: 'GET', url: '/api/forms/challenge' })).json<Challenge>(),
  );
  return { ...body, ...fields };
}

/** The same against a running API process. */
export async function asPersonOver(origin: string, formType: string, body: object): Promise<Record<string, unknown>> {
  const fields = await humanFields(
    formType,
    async () => (await (await fetch(`${origin}/api/forms/challenge`)).json()) as Challenge,
  );
  return { ...body, ...fields };
}
