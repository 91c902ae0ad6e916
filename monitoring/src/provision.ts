/**
 * Brings Uptime Kuma to the state described in content/monitoring.yaml, idempotently: the admin
 * user (first run only), one Webhook notification to our API, and one monitor per entry. Existing
 * items are found by name and edited only when a setting we own differs.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Monitoring } from '../../content/schemas/monitoring.ts';
import type { KumaClient, KumaMonitor } from './kuma-client.ts';

export const NOTIFICATION_NAME = 'Официальный сайт — журнал перерывов (API)';

/** Uptime Kuma 2.x refuses retry intervals under 20 s; the shortest makes DOWN come soonest. */
const RETRY_INTERVAL_SECONDS = 20;

export interface ProvisionTarget {
  monitoring: Monitoring;
  /** Origin the monitors probe, e.g. https://www.example.ru. */
  siteUrl: string;
  /** Where Uptime Kuma posts events: …/api/monitoring/uptime-kuma. */
  webhookUrl: string;
  webhookSecret: string;
}

export type Change = 'created' | 'updated' | 'unchanged';

export interface ProvisionResult {
  notification: Change;
  monitors: Record<string, Change>;
}

function desiredNotification(target: ProvisionTarget) {
  return {
    name: NOTIFICATION_NAME,
    type: 'webhook',
    active: true,
    isDefault: false,
    applyExisting: false,
    httpMethod: 'post',
    webhookURL: target.webhookUrl,
    webhookContentType: 'json',
    webhookAdditionalHeaders: JSON.stringify({ Authorization: `Bearer ${target.webhookSecret}` }),
  };
}

/** The settings we own on every monitor (the rest keep Uptime Kuma's defaults). */
function ownedSettings(target: ProvisionTarget, entry: Monitoring['monitors'][number], notificationId: number) {
  const { intervalSeconds, retries } = target.monitoring;
  return {
    name: entry.name,
    type: entry.keyword === undefined ? 'http' : 'keyword',
    url: new URL(entry.path, target.siteUrl).href,
    method: 'GET',
    keyword: entry.keyword ?? null,
    invertKeyword: false,
    interval: intervalSeconds,
    retryInterval: RETRY_INTERVAL_SECONDS,
    maxretries: retries,
    // Reminders would arrive as new events; one DOWN and one UP per outage is what the ledger needs.
    resendInterval: 0,
    // A probe must finish before the next one starts, or a slow page hides the stop time.
    timeout: Math.floor(intervalSeconds * 0.8),
    accepted_statuscodes: ['200-299'],
    maxredirects: 10,
    ignoreTls: false,
    upsideDown: false,
    active: true,
    notificationIDList: { [String(notificationId)]: true },
  };
}

/** Fields the web UI sends with a new monitor; Uptime Kuma stores them as JSON text. */
const NEW_MONITOR_DEFAULTS = {
  description: 'Создан командой npm run monitoring:provision (monitoring/README.md)',
  parent: null,
  expiryNotification: true,
  httpBodyEncoding: 'json',
  kafkaProducerBrokers: [],
  kafkaProducerSaslOptions: { mechanism: 'None' },
  rabbitmqNodes: [],
  conditions: [],
};

function differs(existing: KumaMonitor, owned: Record<string, unknown>): boolean {
  return Object.entries(owned).some(([key, value]) => !isDeepStrictEqual(existing[key], value));
}

async function provisionNotification(kuma: KumaClient, target: ProvisionTarget): Promise<[number, Change]> {
  const desired = desiredNotification(target);
  const existing = kuma.notifications().find((item) => item.name === NOTIFICATION_NAME);
  if (!existing) {
    const answer = await kuma.call('addNotification', desired, null);
    return [Number(answer['id']), 'created'];
  }
  const current = JSON.parse(existing.config) as Record<string, unknown>;
  const same = Object.entries(desired).every(([key, value]) => key === 'applyExisting' || current[key] === value);
  if (same) return [existing.id, 'unchanged'];
  await kuma.call('addNotification', desired, existing.id);
  return [existing.id, 'updated'];
}

export async function provision(kuma: KumaClient, target: ProvisionTarget): Promise<ProvisionResult> {
  const [notificationId, notification] = await provisionNotification(kuma, target);
  const monitors: Record<string, Change> = {};
  for (const entry of target.monitoring.monitors) {
    const owned = ownedSettings(target, entry, notificationId);
    const existing = kuma.monitors().find((monitor) => monitor.name === entry.name);
    if (!existing) {
      await kuma.call('add', { ...NEW_MONITOR_DEFAULTS, ...owned });
      monitors[entry.name] = 'created';
    } else if (differs(existing, owned)) {
      await kuma.call('editMonitor', { ...existing, ...owned, id: existing.id });
      monitors[entry.name] = 'updated';
    } else {
      monitors[entry.name] = 'unchanged';
    }
  }
  return { notification, monitors };
}
