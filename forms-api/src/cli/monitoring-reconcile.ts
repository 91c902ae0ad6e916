/**
 * `npm run monitoring:reconcile [-- --days 35]`: imports Uptime Kuma's state changes of the last
 * days into the outage ledger (lost webhooks, API downtime). Safe to run often, e.g. from cron.
 */
import { parseArgs } from 'node:util';
import { loadEnv } from '../config/env.ts';
import { loadMonitoringEnv } from '../../../monitoring/src/env.ts';
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { createEventInbox } from '../../../monitoring/src/event-inbox.ts';
import { connectKuma } from '../../../monitoring/src/kuma-client.ts';
import { loadMonitoringConfig } from '../../../monitoring/src/monitoring-config.ts';
import { reconcile } from '../../../monitoring/src/reconcile.ts';
import { jsonLog, kumaLoginFromEnv } from '../../../monitoring/src/kuma-login.ts';

const { values } = parseArgs({ options: { days: { type: 'string', default: '35' } } });
const days = Number(values.days);
if (!Number.isInteger(days) || days < 1) throw new Error('--days must be a whole number of days, e.g. 35');

const env = loadEnv(process.env);
const kuma = await connectKuma(kumaLoginFromEnv(loadMonitoringEnv(process.env)));
const { db } = openDatabase(env.DATABASE_URL);
try {
  await migrateToLatest(db);
  const since = new Date(Date.now() - days * 86_400_000).toISOString().replace('T', ' ').replace('Z', '');
  const summary = await reconcile(kuma, createEventInbox(db, loadMonitoringConfig(), jsonLog), since);
  jsonLog.info({ event: 'monitoring.reconciled', ...summary, since }, 'reconciliation finished');
} finally {
  kuma.close();
  await db.destroy();
}
