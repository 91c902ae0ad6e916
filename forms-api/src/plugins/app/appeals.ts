/** `app.appeals`: the appeals service (../../appeals/service.ts) and its expected-date notice job's life cycle. */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { createAppealsService, type AppealsOptions, type AppealsService } from '../../appeals/service.ts';

declare module 'fastify' {
  interface FastifyInstance {
    appeals: AppealsService;
  }
}

export default fp(
  function appeals(app: FastifyInstance, options: AppealsOptions, done: () => void) {
    const service = createAppealsService(
      {
        db: app.database.db,
        audit: app.staff.audit,
        log: app.log,
        kickOutbox: () => {
          app.outbox.kick();
        },
      },
      options,
    );
    app.decorate('appeals', service);
    app.addHook('onReady', () => {
      service.notices.start();
    });
    app.addHook('preClose', () => service.notices.stop());
    done();
  },
  { name: 'appeals', dependencies: ['database', 'staff', 'outbox'] },
);
