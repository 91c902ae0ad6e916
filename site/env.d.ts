/** Last change of each content file, «content/pages/oplata.md» → ISO date-time (site/integrations/content-dates.ts). */
declare const __ES_CONTENT_DATES__: Record<string, string>;
