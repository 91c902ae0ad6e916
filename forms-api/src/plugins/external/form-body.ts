/**
 * `application/x-www-form-urlencoded` bodies: the forms post this way without JavaScript. Parsed
 * into a map without a prototype that keeps repeated names, so the form route can refuse both.
 *
 * @see https://github.com/fastify/fastify-formbody
 */
import formbody from '@fastify/formbody';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { parseUrlencoded } from '../../http/form-fields.ts';

export default fp(
  async function formBody(app: FastifyInstance) {
    await app.register(formbody, { parser: parseUrlencoded });
  },
  { name: 'form-body' },
);
