/** `npm run retention`: delete data past its keeping period and report how much went (./../retention/README.md). */
import { userInfo } from 'node:os';
import { loadEnv } from '../config/env.ts';
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { loadRefusalGrounds } from '../appeals/load-sla.ts';
import { createStatusLookup } from '../appeals/status-lookup.ts';
import { createUsedFormTokens } from '../antispam/used-tokens.ts';
import { fromRepoRoot } from '../../../core/repo-paths.ts';
import { createAppealRetention } from '../retention/appeals.ts';
import { retentionTasks, runRetention } from '../retention/run-retention.ts';
import { createStaffService } from '../staff/service.ts';

const env = loadEnv(process.env);
const { db } = openDatabase(env.DATABASE_URL);
try {
  await migrateToLatest(db);
  const staff = createStaffService({ db, sessionMinutes: env.STAFF_SESSION_MINUTES, secureCookie: false });
  const stores = {
    staff,
    appeals: createAppealRetention(db, fromRepoRoot(env.ATTACHMENTS_DIR)),
    statusLookup: createStatusLookup(db, { refusalGrounds: loadRefusalGrounds() }),
    usedFormTokens: createUsedFormTokens(db),
  };
  const report = await runRetention(retentionTasks(env, stores), staff, new Date(), `cli:${userInfo().username}`);
  for (const line of report) console.log(`${line.label}: удалено ${line.deleted}`);
} finally {
  await db.destroy();
}
