/** Liveness and readiness for monitors and load balancers: version and database status. */
import type { FastifyInstance } from 'fastify';
import { appVersion } from '../../config/version.ts';

export default function healthRoutes(app: FastifyInstance, _options: unknown, done: () => void) {
  app.get('/api/health', async (_request, reply) => {
    const up = await app.database.isReachable();
    // 503 lets a monitor or balancer see a broken database without parsing the body.
    return reply.code(up ? 200 : 503).send({
      status: up ? 'ok' : 'degraded',
      version: appVersion,
      database: { kind: app.database.kind, status: up ? 'up' : 'down' },
    });
  });
  done();
}
