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
    /** Staff accounts, sessions, the audit log and the access check (forms-api/src/staff/service.ts). */
    staff: import('../forms-api/src/staff/service.ts').StaffService;
    /** The appeals queue, one appeal's data and the console's actions (forms-api/src/plugins/app/appeals.ts). */
    appeals?: import('../forms-api/src/plugins/app/appeals.ts').AppealsService;
    /** The working-day calendar deadlines are counted on. */
    calendar: import('../forms-api/src/calendar/working-days.ts').WorkCalendar;
    /** The client's address as fastify sees it (X-Forwarded-For only with TRUST_PROXY). */
    client: { ip: string };
    /** The server's clock (fixed in tests). */
    now: () => Date;
    /** The signed-in staff member on console pages; set by site/middleware.ts. */
    staffSession?: import('../forms-api/src/staff/sessions.ts').StaffSession | undefined;
    /** Why site/middleware.ts refused a console request; shown by /staff/otkazano/. */
    staffRefusal?: string;
    /** Receipts of the Интернет-приёмная (forms-api/src/forms/submission-service.ts). */
    submissions?: import('../forms-api/src/forms/submission-service.ts').SubmissionService;
    /** The customer's status lookup by registration number and contact (forms-api/src/appeals/status-lookup.ts). */
    statusLookup?: import('../forms-api/src/appeals/status-lookup.ts').StatusLookup;
    /** Reports on appeals for the staff console (forms-api/src/appeals/report.ts). */
    appealReports?: import('../forms-api/src/appeals/report.ts').AppealReports;
    /** Form tokens for the pages' anti-spam check (forms-api/src/plugins/app/antispam.ts). */
    antispam?: import('../forms-api/src/plugins/app/antispam.ts').Antispam;
    /** Entered values and errors of a form re-rendered after an invalid post without JavaScript. */
    formState?: import('./lib/forms/form-state.ts').FormState;
  }
}
