/**
 * Monitoring as one fastify plugin: the outage ledger as a service (`app.monitoring`) and its two
 * routes (the Uptime Kuma webhook, the compliance report). The server gives it the database and the
 * settings; on-demand pages and feeds read notices from the service. Events left pending by a crash
 * are processed once the server is ready.
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Kysely } from 'kysely';
import complianceRoutes from './routes/compliance.ts';
import uptimeKumaRoutes, { type WebhookOptions } from './routes/uptime-kuma.ts';
import type { MonitoringTables } from './schema.ts';
import { monthlyReport, type ComplianceReport } from './compliance.ts';
import { createEventInbox, type EventInbox } from './event-inbox.ts';
import type { MonitoringConfig } from './monitoring-config.ts';
import {
  noticeAsNewsItem,
  noticeText,
  type NoticeNewsItem,
  type NoticeText,
} from '../../core/monitoring/notice-text.ts';
import { createOutageNotices, type ListOptions, type OutageNotices } from './outage-notices.ts';
import { localMonth } from '../../core/dates.ts';

export interface MonitoringService {
  config: MonitoringConfig;
  inbox: EventInbox;
  notices: OutageNotices;
  /** Published notices worded for people, newest first, in the company's time zone. */
  publishedNotices: (options?: ListOptions) => Promise<NoticeText[]>;
  /** The same notices as news entries, newest publication first, for merging into the news feed. */
  noticesForNewsFeed: (options?: { limit?: number }) => Promise<NoticeNewsItem[]>;
  /** The monthly availability report (`YYYY-MM`, local), by default for the current month. */
  complianceReport: (month?: string) => Promise<ComplianceReport>;
}

declare module 'fastify' {
  interface FastifyInstance {
    monitoring: MonitoringService;
  }
}

export interface MonitoringOptions extends WebhookOptions {
  config: MonitoringConfig;
  db: Kysely<MonitoringTables>;
}

export default fp(
  async function monitoring(app: FastifyInstance, options: MonitoringOptions) {
    const { db } = options;
    const notices = createOutageNotices(db, options.config);
    const publishedNotices = async (listOptions?: ListOptions) =>
      (await notices.list(listOptions)).map((notice) => noticeText(notice, options.config.timeZone));
    const service: MonitoringService = {
      config: options.config,
      inbox: createEventInbox(db, options.config, app.log),
      notices,
      publishedNotices,
      noticesForNewsFeed: async (listOptions) =>
        (await publishedNotices({ ...listOptions, newestBy: 'published' })).map(noticeAsNewsItem),
      complianceReport: async (month) => {
        const { timeZone } = options.config;
        return monthlyReport(await notices.list(), month ?? localMonth(new Date().toISOString(), timeZone), timeZone);
      },
    };
    app.decorate('monitoring', service);
    app.addHook('onReady', async () => {
      await service.inbox.drain();
    });
    app.addHook('onClose', async () => {
      // Let the event being processed finish before the database closes.
      await service.inbox.drain();
    });
    await app.register(uptimeKumaRoutes, options);
    await app.register(complianceRoutes);
  },
  { name: 'monitoring' },
);
