/** `npm run db:migrate`: apply pending migrations to DATABASE_URL and report what ran. */
import { loadEnv } from '../config/env.ts';
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';

const { db } = openDatabase(loadEnv(process.env).DATABASE_URL);
try {
  const applied = await migrateToLatest(db);
  console.log(applied.length > 0 ? `applied: ${applied.join(', ')}` : 'database schema is up to date');
} finally {
  await db.destroy();
}
