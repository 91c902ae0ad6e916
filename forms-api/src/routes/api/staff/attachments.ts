/**
 * `GET /api/staff/attachments/:id`: a customer's file for staff on the appeal page. The staff
 * plugin has refused it without a session before this runs (registered after it in app.ts).
 */
import type { FastifyInstance } from 'fastify';
import { sendAttachment } from '../../../attachments/send-attachment.ts';

export default function staffAttachmentRoutes(app: FastifyInstance, _options: unknown, done: () => void) {
  app.get<{ Params: { id: string } }>('/api/staff/attachments/:id', (request, reply) =>
    sendAttachment(app, request.params.id, reply),
  );
  done();
}
