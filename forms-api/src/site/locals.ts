/**
 * What the one-process server hands to on-demand pages as `Astro.locals` (the `locals` option of
 * plugins/app/site.ts, assembled in app.ts). Declared here, beside the services, so the site
 * imports nothing of the server: pages see only this global interface (site/lib/locals.ts names
 * the data types they need from it). Each feature adds its service here when it registers it.
 */
export {};

declare global {
  // Astro types `Astro.locals` as the global `App.Locals`; declaration merging needs the namespace.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace App {
    interface Locals {
      /** Outage ledger and notices. Absent under `astro dev`, which has no API behind it. */
      monitoring?: import('../../../monitoring/src/plugin.ts').MonitoringService;
      /** Staff accounts, sessions, the audit log and the access check (staff/service.ts). */
      staff: import('../staff/service.ts').StaffService;
      /** The appeals queue, one appeal's data and the console's actions (appeals/service.ts). */
      appeals?: import('../appeals/service.ts').AppealsService;
      /** The working-day calendar deadlines are counted on. */
      calendar: import('../../../core/calendar/working-days.ts').WorkCalendar;
      /** The client's address as fastify sees it (X-Forwarded-For only with TRUST_PROXY). */
      client: { ip: string };
      /** The server's clock (fixed in tests). */
      now: () => Date;
      /** The signed-in staff member on console pages; set by site/middleware.ts. */
      staffSession?: import('../staff/sessions.ts').StaffSession | undefined;
      /** Why site/middleware.ts refused a console request; shown by /staff/otkazano/. */
      staffRefusal?: string;
      /** Receipts of the Интернет-приёмная (forms/submission-service.ts). */
      submissions?: import('../forms/submission-service.ts').SubmissionService;
      /** The customer's status lookup by registration number and contact (appeals/status-lookup.ts). */
      statusLookup?: import('../appeals/status-lookup.ts').StatusLookup;
      /** Reports on appeals for the staff console (appeals/report.ts). */
      appealReports?: import('../appeals/report.ts').AppealReports;
      /** Ratings of final answers through the letters' personal links (appeals/answer-ratings.ts). */
      answerRatings?: import('../appeals/answer-ratings.ts').AnswerRatings;
      /** Form tokens for the pages' anti-spam check (antispam/service.ts). */
      antispam?: import('../antispam/service.ts').Antispam;
      /** The site's search index for /poisk/?q=… without JavaScript (site/search-index.ts). */
      searchIndex?: import('../site/search-index.ts').ServerSearchIndex;
      /** Entered values and errors of a form re-rendered after an invalid post without JavaScript. */
      formState?: import('../../../core/forms/form-state.ts').FormState;
    }
  }
}
