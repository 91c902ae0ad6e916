/**
 * Per-page headers Astro wrote at build time (`_headers.json`, from the node adapter's
 * `staticHeaders` option): mainly the Content-Security-Policy with the hashes of each page's
 * inline styles and scripts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { z } from 'zod';

const HeadersFileSchema = z.array(
  z.object({
    pathname: z.string(),
    headers: z.array(z.object({ key: z.string(), value: z.string() })),
  }),
);

export type StaticHeaders = Map<string, Array<{ key: string; value: string }>>;

/** Astro's `_headers.json` plus the CMS admin's own policy (cms/build/decap-admin.ts). */
const HEADER_FILES = ['_headers.json', 'admin-headers.json'];

export function readStaticHeaders(distDir: string): StaticHeaders {
  const entries = HEADER_FILES.map((name) => join(distDir, name))
    .filter((file) => existsSync(file))
    .flatMap((file) => HeadersFileSchema.parse(JSON.parse(readFileSync(file, 'utf8'))));
  return new Map(entries.map((entry) => [entry.pathname, entry.headers]));
}

/**
 * `dist/client/oplata/index.html` → `/oplata`; `index.html` → `/`; `404.html` → `/404`.
 * Pre-compressed variants (`index.html.br`) map to the same page.
 */
export function pagePathname(clientDir: string, filePath: string): string | null {
  const rel = relative(clientDir, filePath)
    .split(sep)
    .join('/')
    .replace(/\.(br|gz)$/, '');
  if (!rel.endsWith('.html')) return null;
  const withoutIndex = rel.replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '');
  return `/${withoutIndex}`;
}

/** For files whose names change whenever their content does. */
const FOREVER = 'public, max-age=31536000, immutable';

/**
 * How long a browser may keep a file that is not a page, by its path under dist/client.
 * Fingerprinted names never change content: Astro's bundles and Pagefind's index files (their
 * names end in a hash of the content). Pagefind's loader, WebAssembly and entry file keep their
 * names across builds, so they are checked again each time (a cheap 304).
 *
 * @see https://github.com/Pagefind/pagefind/issues/747
 */
export function assetCacheControl(path: string): string | undefined {
  const file = path.replace(/\.(br|gz)$/, '');
  if (file.startsWith('_astro/')) return FOREVER;
  if (/^pagefind\/.*\.pf_(meta|index|fragment|filter)$/.test(file)) return FOREVER;
  if (file.startsWith('pagefind/')) return 'no-cache';
  return undefined;
}
