/// <reference types="astro/client" />

declare namespace App {
  /**
   * What the one-process server hands to on-demand pages (the `locals` option of
   * forms-api/src/plugins/app/site.ts, assembled in forms-api/src/app.ts). Each feature adds its service here when it registers it.
   */
  interface Locals {
    /** Receipts of the Интернет-приёмная (forms-api/src/forms/submission-service.ts). */
    submissions?: import('../forms-api/src/forms/submission-service.ts').SubmissionService;
    /** Form tokens for the pages' anti-spam check (forms-api/src/plugins/app/antispam.ts). */
    antispam?: import('../forms-api/src/plugins/app/antispam.ts').Antispam;
    /** Entered values and errors of a form re-rendered after an invalid post without JavaScript. */
    formState?: import('./lib/forms/form-state.ts').FormState;
  }
}
