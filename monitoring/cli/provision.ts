/**
 * `npm run monitoring:provision [-- --setup-database sqlite]`: creates or updates Uptime Kuma's
 * admin user (first run), the webhook notification and the monitors from content/monitoring.yaml.
 * Safe to run again and again. `--setup-database sqlite` answers Kuma 2.x's «Setup Database» page.
 */
import { parseArgs } from 'node:util';
import { loadMonitoringEnv } from '../src/env.ts';
import { connectKuma } from '../src/kuma-client.ts';
import { kumaLoginFromEnv, runCommand } from '../src/kuma-login.ts';
import { loadMonitoringConfig } from '../src/monitoring-config.ts';
import { provision } from '../src/provision.ts';

const { values } = parseArgs({ options: { 'setup-database': { type: 'string' } } });
const setupDatabase = values['setup-database'];
if (setupDatabase !== undefined && setupDatabase !== 'sqlite') {
  throw new Error('--setup-database: only sqlite can be chosen here (MariaDB needs its connection settings in the UI)');
}
const env = loadMonitoringEnv(process.env);
const siteUrl = env.MONITORING_SITE_URL;
const webhookSecret = env.UPTIME_KUMA_WEBHOOK_SECRET;
if (!siteUrl || !webhookSecret) {
  throw new Error('Set MONITORING_SITE_URL and UPTIME_KUMA_WEBHOOK_SECRET (see .env.example and monitoring/README.md)');
}
const monitoring = loadMonitoringConfig();

await runCommand(async () => {
  const kuma = await connectKuma({
    ...kumaLoginFromEnv(env),
    setupIfNeeded: true,
    ...(setupDatabase === undefined ? {} : { setupDatabase }),
    report: console.log,
  });
  try {
    const result = await provision(kuma, {
      monitoring,
      siteUrl,
      webhookUrl: env.MONITORING_WEBHOOK_URL ?? new URL('/api/monitoring/uptime-kuma', siteUrl).href,
      webhookSecret,
    });
    console.log(`notification: ${result.notification}`);
    for (const [name, change] of Object.entries(result.monitors)) console.log(`monitor «${name}»: ${change}`);
  } finally {
    kuma.close();
  }
});
