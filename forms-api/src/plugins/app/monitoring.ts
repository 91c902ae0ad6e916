/**
 * The outage ledger as a service: the webhook route stores events into it, on-demand pages and
 * feeds read notices from it. Events left pending by a crash are processed once the server is ready.
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { createEventInbox, type EventInbox } from '../../monitoring/event-inbox.ts';
import type { MonitoringConfig } from '../../monitoring/monitoring-config.ts';
import { createOutageNotices, type OutageNotices } from '../../monitoring/outage-notices.ts';

export interface MonitoringService {
  config: MonitoringConfig;
  inbox: EventInbox;
  notices: OutageNotices;
}

declare module 'fastify' {
  interface FastifyInstance {
    monitoring: MonitoringService;
  }
}

export default fp(
  function monitoring(app: FastifyInstance, options: { config: MonitoringConfig }, done: () => void) {
    const { db } = app.database;
    const service: MonitoringService = {
      config: options.config,
      inbox: createEventInbox(db, options.config, app.log),
      notices: createOutageNotices(db, options.config),
    };
    app.decorate('monitoring', service);
    app.addHook('onReady', async () => {
      await service.inbox.drain();
    });
    app.addHook('onClose', async () => {
      // Let the event being processed finish before the database closes.
      await service.inbox.drain();
    });
    done();
  },
  { name: 'monitoring', dependencies: ['database'] },
);
