/**
 * Monitoring's own environment settings (documented in `.env.example`): the webhook secret the
 * server checks, and what the monitoring commands need to reach Uptime Kuma. The server's
 * environment schema includes these keys, so one `.env` serves both.
 */
import { z } from 'zod';

export const monitoringEnvShape = {
  /**
   * Shared secret Uptime Kuma sends as `Authorization: Bearer …` to /api/monitoring/uptime-kuma.
   * Unset: every webhook is refused with 401.
   */
  UPTIME_KUMA_WEBHOOK_SECRET: z.string().min(24, { message: 'Use at least 24 random characters' }).optional(),
  /** Uptime Kuma's own address, for `npm run monitoring:provision` and `monitoring:reconcile`. */
  UPTIME_KUMA_URL: z.url({ message: 'Use a full URL, e.g. http://127.0.0.1:3001' }).optional(),
  /** Uptime Kuma admin account: created by the first provisioning run, then used to log in. */
  UPTIME_KUMA_USERNAME: z.string().min(3).optional(),
  UPTIME_KUMA_PASSWORD: z.string().min(12, { message: 'Use at least 12 characters' }).optional(),
  /** Public origin of the site that Uptime Kuma probes, e.g. https://www.example.ru. */
  MONITORING_SITE_URL: z.url({ message: 'Use a full URL, e.g. https://www.example.ru' }).optional(),
  /**
   * Where Uptime Kuma posts its webhook; defaults to MONITORING_SITE_URL + /api/monitoring/uptime-kuma.
   * Set it when Uptime Kuma reaches the API by an internal address.
   */
  MONITORING_WEBHOOK_URL: z.url({ message: 'Use a full URL' }).optional(),
};

const MonitoringEnvSchema = z.object(monitoringEnvShape);

export type MonitoringEnv = z.output<typeof MonitoringEnvSchema>;

/** Parses the monitoring keys of the environment or throws one readable error listing every bad key. */
export function loadMonitoringEnv(source: Record<string, string | undefined>): MonitoringEnv {
  const result = MonitoringEnvSchema.safeParse(source);
  if (!result.success) throw new Error(`Invalid environment:\n${z.prettifyError(result.error)}`);
  return result.data;
}
