/**
 * `application/x-www-form-urlencoded` bodies: the forms post this way without JavaScript.
 *
 * @see https://github.com/fastify/fastify-formbody
 */
import formbody from '@fastify/formbody';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export default fp(
  async function formBody(app: FastifyInstance) {
    await app.register(formbody);
  },
  { name: 'form-body' },
);
