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

/**
 * The rule, shared with the site's page POSTs (../app/site.ts): `own` is built from the proxy-aware
 * protocol and the Host header, so a form posted over HTTPS that ends at the proxy still matches.
 */
export function isForeignOrigin(origin: string | undefined, own: string, allowed: string): boolean {
  return origin !== undefined && origin !== own && origin !== allowed;
}

export default fp(
  function originCheck(app: FastifyInstance, options: { publicOrigin: string }, done: () => void) {
    const allowed = new URL(options.publicOrigin).origin;
    app.addHook('onRequest', async (request, reply) => {
      if (request.method !== 'POST') return;
      if (isForeignOrigin(request.headers.origin, `${request.protocol}://${request.host}`, allowed))
        await reply.code(403).send(FOREIGN_ORIGIN);
    });
    done();
  },
  { name: 'origin-check' },
);
