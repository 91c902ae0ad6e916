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

/** Astro's `_headers.json` plus the CMS admin's own policy (site/integrations/decap-admin.ts). */
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
