import type { Migration } from 'kysely/migration';

/**
 * Every migration, by name. Kysely applies them in name order, once each, under a lock, so
 * several processes starting together against one PostgreSQL are safe.
 * Names: `YYYY-MM-DD-NN-what` so they sort by creation.
 */
export const migrations: Record<string, Migration> = {};
