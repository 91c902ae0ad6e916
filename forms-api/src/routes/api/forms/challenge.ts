/** `GET /api/forms/challenge`: a fresh ALTCHA proof-of-work challenge for a form page's script. */
import type { FastifyInstance } from 'fastify';

export default function challengeRoutes(app: FastifyInstance, _options: unknown, done: () => void) {
  app.get('/api/forms/challenge', async (_request, reply) =>
    reply.header('Cache-Control', 'no-store').send(await app.antispam.challenge()),
  );
  done();
}
