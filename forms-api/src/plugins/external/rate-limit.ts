/**
 * Rate limits per route (`config.rateLimit`), so pages and health checks are never throttled.
 *
 * @see https://github.com/fastify/fastify-rate-limit
 */
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export default fp(
  async function rateLimit(app: FastifyInstance) {
    await app.register(fastifyRateLimit, { global: false });
  },
  { name: 'rate-limit' },
);
