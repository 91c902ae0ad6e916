// @ts-check
import { defineConfig } from 'astro/config';
import node from '@astrojs/node';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { calendarCheck } from './site/integrations/calendar-check.ts';
import { decapAdmin } from './site/integrations/decap-admin.ts';
import { precompress } from './site/integrations/precompress.ts';

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
  adapter: node({ mode: 'middleware', staticHeaders: true }),
  session: false,
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Shiki's inline styles would need 'unsafe-inline' under our CSP; the site shows no code.
  markdown: { syntaxHighlight: false },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
      ],
    },
  },
  // decapAdmin before precompress: the admin's files are compressed with the rest of the site.
  integrations: [calendarCheck(), sitemap({ filter: (page) => !page.includes('/_') }), decapAdmin(), precompress()],
  vite: { plugins: [tailwindcss()] },
});
