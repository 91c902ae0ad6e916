/** Last change of each content file, «content/pages/oplata.md» → ISO date-time (site/integrations/content-dates.ts). */
declare const __ES_CONTENT_DATES__: Record<string, string>;

/// <reference types="astro/client" />

// `App.Locals`, what the server hands to on-demand pages, is declared by the server beside its
// services (forms-api/src/site/locals.ts); pages name its data types through site/lib/locals.ts.
