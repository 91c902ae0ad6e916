/// <reference types="astro/client" />

declare namespace App {
  /**
   * What the one-process server hands to on-demand pages (the `locals` option of
   * forms-api/src/plugins/app/site.ts, assembled in forms-api/src/app.ts). Each feature adds its service here when it registers it.
   */
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- features add their services.
  interface Locals {}
}
