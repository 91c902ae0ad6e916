/**
 * Opens the database named by DATABASE_URL, brings its schema up to date and closes it with the
 * server. A database that is down at startup does not take the site down with it: pages are still
 * served, /api/health reports the database as down, and migrations are retried until it answers.
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { openDatabase, type DatabaseHandle } from '../../db/database.ts';
import { migrateToLatest } from '../../db/migrate.ts';

declare module 'fastify' {
  interface FastifyInstance {
    database: DatabaseHandle;
  }
}

const RETRY_MS = 5_000;

export default fp(
  async function database(app: FastifyInstance, options: { url: string; migrate: boolean }) {
    const handle = openDatabase(options.url);
    let retry: NodeJS.Timeout | undefined;

    async function migrateWhenReachable(): Promise<void> {
      if (!(await handle.isReachable())) {
        app.log.error({ retryInMs: RETRY_MS }, 'database unreachable; migrations will be retried');
        retry = setTimeout(() => {
          migrateWhenReachable().catch((err: unknown) => {
            app.log.fatal({ err }, 'migration failed');
          });
        }, RETRY_MS);
        retry.unref();
        return;
      }
      await migrateToLatest(handle.db);
    }

    try {
      // A migration that fails on a reachable database is a bug: refuse to start.
      if (options.migrate) await migrateWhenReachable();
    } catch (error) {
      await handle.close();
      throw error;
    }
    app.decorate('database', handle);
    app.addHook('onClose', async () => {
      clearTimeout(retry);
      await handle.close();
    });
  },
  { name: 'database' },
);
