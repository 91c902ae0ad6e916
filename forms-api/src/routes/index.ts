/**
 * Every route of the server, in one list (monitoring's two routes come with its plugin,
 * monitoring/src/plugin.ts). Registered after the plugins, whose decorators and hooks they use.
 */
import type { FastifyInstance } from 'fastify';
import type { WorkCalendar } from '../../../core/calendar/working-days.ts';
import { API_NOT_FOUND } from '../http/errors.ts';
import challengeRoutes from './api/forms/challenge.ts';
import attachmentDownloadRoutes from './api/forms/attachments.ts';
import formRoutes from './api/forms/index.ts';
import healthRoutes from './api/health.ts';
import openApiRoutes from './api/docs/openapi.ts';
import appealsReportRoutes from './api/staff/appeals-report.ts';
import staffAttachmentRoutes from './api/staff/attachments.ts';
import staffAuditLogRoutes from './api/staff/audit-log.ts';
import notFoundRoutes from './site/not-found.ts';
import searchIndexRoutes from './site/search-index.ts';
import staticFileRoutes from './site/static-files.ts';

export interface RouteOptions {
  /** FORMS_RATE_LIMIT_MAX. */
  rateLimitMax: number;
  /** The company's time zone, for the CSV exports. */
  timeZone: string;
  now: () => Date;
  /** Serve the built site too (the site plugin is registered). */
  serveSite: boolean;
  /** Deadlines the receipt tells in a year with unchecked days off are called provisional. */
  calendar: WorkCalendar;
}

export async function registerRoutes(app: FastifyInstance, options: RouteOptions): Promise<void> {
  await app.register(healthRoutes);
  await app.register(openApiRoutes);
  await app.register(challengeRoutes);
  await app.register(attachmentDownloadRoutes);
  await app.register(formRoutes, { rateLimitMax: options.rateLimitMax, calendar: options.calendar });
  await app.register(staffAuditLogRoutes, { timeZone: options.timeZone });
  await app.register(appealsReportRoutes, { timeZone: options.timeZone, now: options.now });
  await app.register(staffAttachmentRoutes);
  if (options.serveSite) {
    await app.register(searchIndexRoutes);
    await app.register(staticFileRoutes);
    await app.register(notFoundRoutes);
  } else {
    app.setNotFoundHandler((_request, reply) => reply.code(404).send(API_NOT_FOUND));
  }
}
