/**
 * Table types for Kysely: one property per table, added together with the migration that
 * creates the table (see ./migrations/README.md).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- no tables yet; each feature's migration adds its own.
export interface DatabaseSchema {}
