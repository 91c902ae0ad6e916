/**
 * `npm run monitoring:provision`: creates or updates Uptime Kuma's admin user (first run), the
 * webhook notification and the monitors from content/monitoring.yaml. Safe to run again and again.
 */
import { loadMonitoringEnv } from '../src/env.ts';
import { connectKuma } from '../src/kuma-client.ts';
import { kumaLoginFromEnv } from '../src/kuma-login.ts';
import { loadMonitoringConfig } from '../src/monitoring-config.ts';
import { provision } from '../src/provision.ts';

const env = loadMonitoringEnv(process.env);
const siteUrl = env.MONITORING_SITE_URL;
const webhookSecret = env.UPTIME_KUMA_WEBHOOK_SECRET;
if (!siteUrl || !webhookSecret) {
  throw new Error('Set MONITORING_SITE_URL and UPTIME_KUMA_WEBHOOK_SECRET (see .env.example and monitoring/README.md)');
}
const monitoring = loadMonitoringConfig();

const kuma = await connectKuma({ ...kumaLoginFromEnv(env), setupIfNeeded: true, report: console.log });
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
