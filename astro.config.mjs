// @ts-check
import { defineConfig } from 'astro/config';
import node from '@astrojs/node';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { calendarCheck } from './site/integrations/calendar-check.ts';
import { pagefind } from './site/integrations/pagefind.ts';
import { contentDates } from './site/integrations/content-dates.ts';
import { disclosureTargets } from './site/integrations/disclosure-targets.ts';
import { decapAdmin } from './cms/build/decap-admin.ts';
import { precompress } from './site/integrations/precompress.ts';
import { headScriptHash } from './site/scripts/head-script.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { markdownTerms } from './site/lib/content/markdown-terms.ts';

/**
 * The public origin is only used for absolute URLs (sitemap, canonical links, RSS).
 * Production sets SITE_URL; the embedded default is the local server.
 */
const site = process.env.SITE_URL ?? 'http://127.0.0.1:4321';

export default defineConfig({
  site,
  srcDir: './site',
  publicDir: './site/public',
  outDir: './dist',
  trailingSlash: 'ignore',
  output: 'static',
  // A backstop only: the server reads page bodies itself with smaller caps (forms-api/src/site/page-body.ts).
  adapter: node({ mode: 'middleware', staticHeaders: true, bodySizeLimit: 256 * 1024 }),
  session: false,
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Shiki's inline styles would need 'unsafe-inline' under our CSP; the site shows no code.
  // Deadlines in Markdown are placeholders filled from content/sla.yaml (core/content/terms.ts).
  markdown: { syntaxHighlight: false, processor: satteri({ mdastPlugins: [markdownTerms()] }) },
  security: {
    // The server checks the Origin of page POSTs itself, proxy-aware (forms-api/src/plugins/app/site.ts):
    // Astro's check compares with http:// when HTTPS ends at the proxy and refuses every form.
    checkOrigin: false,
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        // The forms' proof of work runs in a worker built into /_astro/ (what script-src would allow too).
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
      ],
      // The one inline <head> script (accessible version before first paint) is not hashed by Astro.
      // Pagefind's search runs as WebAssembly; 'wasm-unsafe-eval' allows compiling it and nothing else.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [headScriptHash()] },
    },
  },
  integrations: [
    calendarCheck(),
    contentDates(),
    // Never in the sitemap: the staff console (operational, not public), the receipt page (a 404
    // without a receipt token) and the answer rating page (a 400 without the letter's link).
    sitemap({
      filter: (page) =>
        !page.includes('/_') &&
        !new URL(page).pathname.startsWith('/staff/') &&
        !page.includes('/internet-priemnaya/prinyato/') &&
        !page.includes('/internet-priemnaya/ocenka/'),
    }),
    disclosureTargets(),
    // The search index must exist before precompress compresses the build.
    pagefind(),
    // decapAdmin before precompress: the admin's files are compressed with the rest of the site.
    decapAdmin(),
    precompress(),
  ],
  vite: { plugins: [tailwindcss()] },
});
