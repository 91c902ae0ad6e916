/**
 * `GET /api/staff/attachments/:id`: a customer's file for staff on the appeal page. The staff
 * plugin refuses it without a session; the handler checks the session again.
 */
import type { FastifyInstance } from 'fastify';
import { sendAttachment } from '../../../attachments/send-attachment.ts';
import { SIGN_IN_REQUIRED } from '../../../plugins/app/staff.ts';

export default function staffAttachmentRoutes(app: FastifyInstance, _options: unknown, done: () => void) {
  app.get<{ Params: { id: string } }>('/api/staff/attachments/:id', (request, reply) =>
    // Checked again here: a customer's file must not depend on one hook's path test alone.
    request.staffSession ? sendAttachment(app, request.params.id, reply) : reply.code(401).send(SIGN_IN_REQUIRED),
  );
  done();
}
