/** Opens the database named by DATABASE_URL and closes it with the server. */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { openDatabase, type DatabaseHandle } from '../../db/database.ts';

declare module 'fastify' {
  interface FastifyInstance {
    database: DatabaseHandle;
  }
}

export default fp(
  function database(app: FastifyInstance, options: { url: string }, done: () => void) {
    const handle = openDatabase(options.url);
    app.decorate('database', handle);
    app.addHook('onClose', async () => {
      await handle.db.destroy();
    });
    done();
  },
  { name: 'database' },
);
