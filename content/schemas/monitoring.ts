/**
 * What Uptime Kuma watches and how the outage ledger reads its events (`content/monitoring.yaml`).
 * The provisioning command creates these monitors; the API maps a webhook's monitor name to a scope.
 */
import { z } from 'zod';

export const MonitorScopeSchema = z.enum(['site', 'api'], {
  message: 'Укажите site (страницы сайта) или api (только API)',
});

export const MonitorSchema = z.object({
  /** Monitor name in Uptime Kuma; the provisioning command finds existing monitors by it. */
  name: z.string().min(3, { message: 'Укажите название монитора' }),
  /** `site`: an outage of the official site (counted by the standard); `api`: the API only. */
  scope: MonitorScopeSchema,
  /** Path probed on the site origin, e.g. `/raskrytie-informacii/`. */
  path: z.string().regex(/^\/\S*$/, { message: 'Путь начинается с косой черты, например /raskrytie-informacii/' }),
  /** Text that must be on the page (a keyword monitor); absent for a plain HTTP check. */
  keyword: z.string().min(3).optional(),
});

export const MaintenanceWindowSchema = z
  .object({
    /** Start, ISO 8601 with an offset, e.g. `2026-12-05T01:00:00+07:00`. */
    start: z.iso.datetime({ offset: true, message: 'Укажите начало в формате 2026-12-05T01:00:00+07:00' }),
    /** End, same format. */
    end: z.iso.datetime({ offset: true, message: 'Укажите окончание в формате 2026-12-05T03:00:00+07:00' }),
    /** Why, shown as the cause of the break, e.g. «Плановое обновление программного обеспечения». */
    reason: z.string().min(5, { message: 'Укажите причину работ' }),
  })
  .refine((window) => Date.parse(window.start) < Date.parse(window.end), {
    message: 'Окончание работ должно быть позже начала',
    path: ['end'],
  });

export const MonitoringSchema = z.object({
  /** Probe interval in seconds; also the resolution of the recorded stop time. */
  intervalSeconds: z.number().int().min(20).max(300),
  /** Failed probes confirmed before DOWN (Uptime Kuma's «retries»); 1 filters single network blips. */
  retries: z.number().int().min(0).max(5),
  monitors: z.array(MonitorSchema).min(1),
  /** Maintenance announced in advance: a break starting inside a window is recorded as maintenance. */
  maintenance: z.array(MaintenanceWindowSchema).default([]),
});

export type MonitorScope = z.output<typeof MonitorScopeSchema>;
export type Monitoring = z.output<typeof MonitoringSchema>;
