/**
 * Prepared statements kept for reuse. Kysely's SQLite driver prepares every query anew, and
 * compiling the SQL cost more than running it (the profile of issue 18: about 1 ms of a form
 * submission's 8 statements). The server runs a small, fixed set of queries, so the cache stays
 * small; its bound only guards against queries with generated text.
 */
import type { SqliteDatabase, SqliteStatement } from 'kysely';

export const CACHED_STATEMENTS = 500;

export function cachingStatements(database: SqliteDatabase): SqliteDatabase {
  const statements = new Map<string, SqliteStatement>();
  return {
    close: () => {
      statements.clear();
      database.close();
    },
    prepare(sql) {
      let statement = statements.get(sql);
      if (!statement) {
        statement = database.prepare(sql);
        // The oldest goes first (a Map keeps insertion order).
        if (statements.size >= CACHED_STATEMENTS) statements.delete(statements.keys().next().value ?? '');
        statements.set(sql, statement);
      }
      return statement;
    },
  };
}
