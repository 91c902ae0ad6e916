/**
 * Uploaded documents: stored under ATTACHMENTS_DIR (outside the web root) and downloadable only
 * through the signed links in the specialists' e-mails, or by signed-in staff from the console
 * (../../routes/api/staff/attachments.ts).
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { createAttachmentStore, type AttachmentStore } from '../../attachments/attachment-store.ts';
import { API_NOT_FOUND } from '../../http/errors.ts';

declare module 'fastify' {
  interface FastifyInstance {
    attachments: AttachmentStore;
  }
}

/** Sends a stored file as a download (never inline), not kept by caches; 404 if unknown. */
export async function sendAttachment(app: FastifyInstance, id: string, reply: FastifyReply) {
  const row = await app.database.db.selectFrom('attachments').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return reply.code(404).send(API_NOT_FOUND);
  return reply
    .type(row.content_type)
    .header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(row.file_name)}`)
    .header('Cache-Control', 'private, no-store')
    .send(await app.attachments.read(row.storage_key));
}

export default fp(
  function attachments(app: FastifyInstance, options: { dir: string; secret: string }, done: () => void) {
    const store = createAttachmentStore(options);
    app.decorate('attachments', store);
    app.get<{ Params: { id: string }; Querystring: { sig?: string } }>(
      '/api/forms/attachments/:id',
      async (request, reply) => {
        const { id } = request.params;
        if (!store.verify(id, request.query.sig ?? '')) return reply.code(404).send(API_NOT_FOUND);
        return sendAttachment(app, id, reply);
      },
    );

    done();
  },
  { name: 'attachments', dependencies: ['database'] },
);
