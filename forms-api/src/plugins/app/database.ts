/** Opens the database named by DATABASE_URL, brings its schema up to date and closes it with the server. */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { openDatabase, type DatabaseHandle } from '../../db/database.ts';
import { migrateToLatest } from '../../db/migrate.ts';

declare module 'fastify' {
  interface FastifyInstance {
    database: DatabaseHandle;
  }
}

export default fp(
  async function database(app: FastifyInstance, options: { url: string; migrate: boolean }) {
    const handle = openDatabase(options.url);
    try {
      if (options.migrate) await migrateToLatest(handle.db);
    } catch (error) {
      // The server will not start; release the connection pool so the process can exit.
      await handle.db.destroy();
      throw error;
    }
    app.decorate('database', handle);
    app.addHook('onClose', async () => {
      await handle.db.destroy();
    });
  },
  { name: 'database' },
);
