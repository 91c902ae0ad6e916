/** `app.antispam`: form tokens, proof-of-work challenges and the spam check (../../antispam/service.ts). */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { createAntispam, type Antispam, type AntispamOptions } from '../../antispam/service.ts';

declare module 'fastify' {
  interface FastifyInstance {
    antispam: Antispam;
  }
}

export default fp(
  function antispam(app: FastifyInstance, options: AntispamOptions, done: () => void) {
    app.decorate('antispam', createAntispam(options));
    done();
  },
  { name: 'antispam' },
);
