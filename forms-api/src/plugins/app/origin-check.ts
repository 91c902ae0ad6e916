/**
 * Refuses POSTs that a browser sends from another site (a forged form on someone else's page).
 * Browsers always send Origin on a cross-site POST; tools that send none (curl, monitoring) pass,
 * and the anti-spam checks still apply to them.
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export const FOREIGN_ORIGIN = {
  error: 'Запрос отклонён',
  message: 'Форма отправлена не с нашего сайта. Откройте форму на сайте и отправьте её оттуда.',
} as const;

export default fp(
  function originCheck(app: FastifyInstance, options: { publicOrigin: string }, done: () => void) {
    const allowed = new URL(options.publicOrigin).origin;
    app.addHook('onRequest', async (request, reply) => {
      if (request.method !== 'POST') return;
      const origin = request.headers.origin;
      if (origin === undefined) return;
      const own = `${request.protocol}://${request.host}`;
      if (origin !== own && origin !== allowed) await reply.code(403).send(FOREIGN_ORIGIN);
    });
    done();
  },
  { name: 'origin-check' },
);
