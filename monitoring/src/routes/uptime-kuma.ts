/**
 * `POST /api/monitoring/uptime-kuma`: Uptime Kuma's webhook (JSON, custom template or form-data).
 * The secret is checked before the body is read; the event is stored, answered with 202 at once
 * and applied to the ledger in the background. Uptime Kuma never retries, so storing comes first.
 */
import type { FastifyInstance } from 'fastify';
import { hasBearerSecret } from '../bearer-secret.ts';
import { parseWebhookBody } from '../kuma-event.ts';

const UNAUTHORIZED = {
  error: 'Нет доступа',
  message: 'Укажите секрет уведомлений в заголовке Authorization: Bearer …',
} as const;

export interface WebhookOptions {
  /** UPTIME_KUMA_WEBHOOK_SECRET; unset refuses every webhook. */
  secret: string | undefined;
  /** The field values of a multipart body as the server's multipart parser gives it. */
  multipartFields: (body: unknown) => Record<string, unknown>;
}

export default function uptimeKumaRoutes(app: FastifyInstance, options: WebhookOptions, done: () => void) {
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
      // The form-data variant arrives as multipart parts (registered app-wide): keep the field values.
      const body = request.isMultipart() ? options.multipartFields(request.body) : request.body;
      const parsed = parseWebhookBody(body);
      if (!parsed.ok) {
        request.log.warn({ event: 'monitoring.webhook-invalid', reason: parsed.message }, 'invalid webhook body');
        return reply.code(400).send({ error: 'Некорректное уведомление мониторинга', message: parsed.message });
      }
      if (parsed.event.kind !== 'state') {
        request.log.info({ event: 'monitoring.webhook-no-effect', kind: parsed.event.kind }, 'webhook without effect');
        return reply.code(200).send({ status: 'ignored' });
      }
      const eventId = await app.monitoring.inbox.store(body, 'webhook');
      request.log.info(
        { event: 'monitoring.webhook-stored', eventId, monitorId: parsed.event.change.monitorId },
        'webhook stored',
      );
      setImmediate(() => void app.monitoring.inbox.drain());
      return reply.code(202).send({ status: 'accepted', eventId });
    },
  });
  done();
}
