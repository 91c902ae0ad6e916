/** Sends a stored file as a download (never inline), not kept by caches; 404 if unknown. */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { API_NOT_FOUND } from '../http/errors.ts';

export async function sendAttachment(app: FastifyInstance, id: string, reply: FastifyReply) {
  const row = await app.database.db.selectFrom('attachments').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return reply.code(404).send(API_NOT_FOUND);
  return reply
    .type(row.content_type)
    .header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(row.file_name)}`)
    .header('Cache-Control', 'private, no-store')
    .send(await app.attachments.read(row.storage_key));
}
