/**
 * `multipart/form-data` bodies (forms with files, Uptime Kuma's form-data webhook), every part
 * attached to the body. Files are checked by their bytes in the route; these limits stop
 * oversized requests early.
 *
 * @see https://github.com/fastify/fastify-multipart
 */
import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { MAX_FILE_BYTES, MAX_FILES } from '../../attachments/multipart-body.ts';

export default fp(
  async function multipart(app: FastifyInstance) {
    await app.register(fastifyMultipart, {
      attachFieldsToBody: true,
      limits: { files: MAX_FILES, fileSize: MAX_FILE_BYTES, fields: 60, fieldSize: 20_000, parts: 70 },
    });
  },
  { name: 'multipart' },
);
