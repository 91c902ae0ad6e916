/** `GET /api/forms/attachments/:id?exp=…&sig=…`: a customer's file through the signed, expiring link in a specialist's e-mail. */
import type { FastifyInstance } from 'fastify';
import { sendAttachment } from '../../../attachments/send-attachment.ts';
import { API_NOT_FOUND } from '../../../http/errors.ts';

export default function attachmentDownloadRoutes(app: FastifyInstance, _options: unknown, done: () => void) {
  app.get<{ Params: { id: string }; Querystring: { exp?: string; sig?: string } }>(
    '/api/forms/attachments/:id',
    async (request, reply) => {
      const { id } = request.params;
      if (!app.attachments.verify(id, request.query.exp ?? '', request.query.sig ?? ''))
        return reply.code(404).send(API_NOT_FOUND);
      return sendAttachment(app, id, reply);
    },
  );
  done();
}
