/**
 * `POST /api/monitoring/uptime-kuma`: Uptime Kuma's webhook (JSON, custom template or form-data).
 * The secret is checked before the body is read; the event is stored, answered with 202 at once
 * and applied to the ledger in the background. Uptime Kuma never retries, so storing comes first.
 */
import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import { hasBearerSecret } from '../../../monitoring/bearer-secret.ts';
import { parseWebhookBody } from '../../../monitoring/kuma-event.ts';

const UNAUTHORIZED = {
  error: 'Нет доступа',
  message: 'Укажите секрет уведомлений в заголовке Authorization: Bearer …',
} as const;

export default async function uptimeKumaRoutes(app: FastifyInstance, options: { secret: string | undefined }) {
  // Form-data fields become plain body properties (`data`), scoped to this route plugin.
  await app.register(multipart, { attachFieldsToBody: 'keyValues', limits: { fields: 5, files: 0 } });

  app.post('/api/monitoring/uptime-kuma', {
    onRequest: async (request, reply) => {
      if (!hasBearerSecret(request.headers.authorization, options.secret)) {
        request.log.warn(
          { event: 'monitoring.webhook-unauthorized', ip: request.ip },
          'webhook without a valid secret',
        );
        return reply.code(401).send(UNAUTHORIZED);
      }
    },
    handler: async (request, reply) => {
      const parsed = parseWebhookBody(request.body);
      if (!parsed.ok) {
        request.log.warn({ event: 'monitoring.webhook-invalid', reason: parsed.message }, 'invalid webhook body');
        return reply.code(400).send({ error: 'Некорректное уведомление мониторинга', message: parsed.message });
      }
      if (parsed.event.kind !== 'state') {
        request.log.info({ event: 'monitoring.webhook-no-effect', kind: parsed.event.kind }, 'webhook without effect');
        return reply.code(200).send({ status: 'ignored' });
      }
      const eventId = await app.monitoring.inbox.store(request.body, 'webhook');
      request.log.info(
        { event: 'monitoring.webhook-stored', eventId, monitorId: parsed.event.change.monitorId },
        'webhook stored',
      );
      setImmediate(() => void app.monitoring.inbox.drain());
      return reply.code(202).send({ status: 'accepted', eventId });
    },
  });
}
