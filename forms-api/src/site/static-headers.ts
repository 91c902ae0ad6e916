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

export function readStaticHeaders(distDir: string): StaticHeaders {
  const file = join(distDir, '_headers.json');
  if (!existsSync(file)) return new Map();
  const entries = HeadersFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
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
