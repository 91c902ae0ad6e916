/**
 * The staff service for the API and the console pages, and the access check on /api/staff/*:
 * 401 without a session, 403 for a cross-site or CSRF-less change or an аудитор's change.
 * The check itself is ../../staff/guard.ts, shared with site/middleware.ts.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { STAFF_API_PREFIX } from '../../../../core/staff/paths.ts';
import { createStaffService, type StaffService } from '../../staff/service.ts';
import type { StaffSession } from '../../staff/sessions.ts';

declare module 'fastify' {
  interface FastifyInstance {
    staff: StaffService;
  }
  interface FastifyRequest {
    staffSession: StaffSession | undefined;
  }
}

export const SIGN_IN_REQUIRED = {
  error: 'Нужно войти',
  message: 'Войдите в консоль сотрудника: /staff/vhod/',
} as const;

function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export default fp(
  function staff(
    app: FastifyInstance,
    options: { sessionMinutes: number; secureCookie: boolean; now?: () => Date },
    done: () => void,
  ) {
    const service = createStaffService({ db: app.database.db, ...options });
    app.decorate('staff', service);
    app.decorateRequest('staffSession', undefined);

    app.addHook('onRequest', async (request, reply) => {
      // The route's own pattern, not the raw URL: the router decodes «/api/%73taff/…» to a staff
      // route, so a test on request.url would let it through. Unmatched URLs (404) have no pattern.
      const pathname = request.routeOptions.url;
      if (pathname === undefined || !pathname.startsWith(STAFF_API_PREFIX)) return;
      const decision = await service.check({
        method: request.method,
        pathname,
        token: service.cookie.read(request.headers.cookie),
        origin: header(request, 'origin'),
        host: header(request, 'host'),
        // The API takes the token in a header: a body is not parsed yet in onRequest.
        csrfToken: () => Promise.resolve(header(request, 'x-csrf-token')),
        ip: request.ip,
      });
      if (decision.outcome === 'sign-in-required') return reply.code(401).send(SIGN_IN_REQUIRED);
      if (decision.outcome === 'forbidden')
        return reply.code(403).send({ error: 'Запрещено', message: decision.message });
      request.staffSession = decision.session;
      reply.header('Cache-Control', 'no-store');
    });
    done();
  },
  { name: 'staff', dependencies: ['database'] },
);
