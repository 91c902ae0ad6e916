/**
 * Anti-spam without third parties: form tokens for the pages, ALTCHA challenges for their
 * scripts (`GET /api/forms/challenge`), and the check each submission goes through.
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { issueFormToken } from '../../antispam/form-token.ts';
import { createProofOfWork } from '../../antispam/proof-of-work.ts';
import { checkForSpam, type SpamVerdict } from '../../antispam/spam-check.ts';
import type { Env } from '../../config/env.ts';

export interface Antispam {
  issueToken(formType: string): string;
  check(formType: string, body: unknown): Promise<SpamVerdict>;
}

declare module 'fastify' {
  interface FastifyInstance {
    antispam: Antispam;
  }
}

export default fp(
  function antispam(app: FastifyInstance, options: { env: Env; secret: string }, done: () => void) {
    const { env, secret } = options;
    const proofOfWork = createProofOfWork({ secret, maxCounter: env.ALTCHA_MAX_COUNTER, cost: 1, ttlSeconds: 3600 });

    app.decorate('antispam', {
      issueToken: (formType: string) => issueFormToken(secret, formType),
      check: (formType: string, body: unknown) =>
        checkForSpam(formType, typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {}, {
          secret,
          minFillMs: env.FORM_MIN_FILL_MS,
          proofOfWork,
        }),
    });
    app.get('/api/forms/challenge', async (_request, reply) =>
      reply.header('Cache-Control', 'no-store').send(await proofOfWork.challenge()),
    );
    done();
  },
  { name: 'antispam' },
);
