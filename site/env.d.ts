/** Last change of each content file, «content/pages/oplata.md» → ISO date-time (site/integrations/content-dates.ts). */
declare const __ES_CONTENT_DATES__: Record<string, string>;

/// <reference types="astro/client" />

declare namespace App {
  /**
   * What the one-process server hands to on-demand pages (the `locals` option of
   * forms-api/src/plugins/app/site.ts, assembled in forms-api/src/app.ts). Each feature adds its service here when it registers it.
   */
  interface Locals {
    /** Outage ledger and notices (issue 9). Absent under `astro dev`, which has no API behind it. */
    monitoring?: import('../forms-api/src/plugins/app/monitoring.ts').MonitoringService;
  }
}
