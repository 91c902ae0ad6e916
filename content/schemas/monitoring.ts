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
  name: z
    .string()
    .min(3, { message: 'Укажите название монитора' })
    .meta({ title: 'Название', description: 'Имя монитора в Uptime Kuma; по нему его находят. Не меняйте зря' }),
  /** `site`: an outage of the official site (counted by the standard); `api`: the API only. */
  scope: MonitorScopeSchema.meta({
    title: 'Что проверяет',
    description: 'Сбой сайта учитывается в отчёте о доступности по стандарту',
    optionLabels: { site: 'Страницы сайта', api: 'Только API' },
  }),
  /** Path probed on the site origin, e.g. `/raskrytie-informacii/`. */
  path: z
    .string()
    .regex(/^\/\S*$/, { message: 'Путь начинается с косой черты, например /raskrytie-informacii/' })
    .meta({ title: 'Путь', description: 'Адрес страницы на сайте, например /raskrytie-informacii/' }),
  /** Text that must be on the page (a keyword monitor); absent for a plain HTTP check. */
  keyword: z
    .string()
    .min(3)
    .optional()
    .meta({ title: 'Ключевые слова', description: 'Текст, который должен быть на странице. Необязательно' }),
});

export const MaintenanceWindowSchema = z
  .object({
    /** Start, ISO 8601 with an offset, e.g. `2026-12-05T01:00:00+07:00`. */
    start: z.iso
      .datetime({ offset: true, message: 'Укажите начало в формате 2026-12-05T01:00:00+07:00' })
      .meta({ title: 'Начало', description: 'С часовым поясом, например 2026-12-05T01:00:00+07:00' }),
    /** End, same format. */
    end: z.iso
      .datetime({ offset: true, message: 'Укажите окончание в формате 2026-12-05T03:00:00+07:00' })
      .meta({ title: 'Окончание', description: 'С часовым поясом, например 2026-12-05T03:00:00+07:00' }),
    /** Why, shown as the cause of the break, e.g. «Плановое обновление программного обеспечения». */
    reason: z
      .string()
      .min(5, { message: 'Укажите причину работ' })
      .meta({ title: 'Причина', description: 'Например «Плановое обновление программного обеспечения»' }),
  })
  .refine((window) => Date.parse(window.start) < Date.parse(window.end), {
    message: 'Окончание работ должно быть позже начала',
    path: ['end'],
  });

export const MonitoringSchema = z.object({
  /** Probe interval in seconds; also the resolution of the recorded stop time. */
  intervalSeconds: z.number().int().min(20).max(300).meta({
    title: 'Интервал проверки, секунд',
    description: 'От 20 до 300; с такой точностью записывается время сбоя',
  }),
  /** Failed probes confirmed before DOWN (Uptime Kuma's «retries»); 1 filters single network blips. */
  retries: z
    .number()
    .int()
    .min(0)
    .max(5)
    .meta({ title: 'Повторные проверки', description: 'Сколько неудачных проверок подряд считать сбоем: от 0 до 5' }),
  monitors: z.array(MonitorSchema).min(1).meta({ title: 'Мониторы', description: 'Что проверяется' }),
  /** Maintenance announced in advance: a break starting inside a window is recorded as maintenance. */
  maintenance: z.array(MaintenanceWindowSchema).default([]).meta({
    title: 'Технические работы',
    description: 'Объявленные заранее: перерыв в это время записывается как работы, а не сбой',
  }),
});

export type MonitorScope = z.output<typeof MonitorScopeSchema>;
export type Monitoring = z.output<typeof MonitoringSchema>;
