/**
 * Per-page headers Astro wrote at build time (`_headers.json`, from the node adapter's
 * `staticHeaders` option): mainly the Content-Security-Policy with the hashes of each page's
 * inline styles and scripts.
 */
import { createHash } from 'node:crypto';
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
const ASTRO_HEADERS = '_headers.json';
const HEADER_FILES = [ASTRO_HEADERS, 'admin-headers.json'];

export function readStaticHeaders(distDir: string): StaticHeaders {
  const entries = HEADER_FILES.map((name) => join(distDir, name))
    .filter((file) => existsSync(file))
    .flatMap((file) =>
      HeadersFileSchema.parse(JSON.parse(readFileSync(file, 'utf8'))).map((entry) =>
        // The admin's policy is written by hand (decap-admin.ts); Astro's lists every hash of the site.
        file.endsWith(ASTRO_HEADERS)
          ? { ...entry, headers: ownHashesOnly(join(distDir, 'client'), entry.pathname, entry.headers) }
          : entry,
      ),
    );
  return new Map(entries.map((entry) => [entry.pathname, entry.headers]));
}

/** The built document of a page's pathname: `/` → index.html, `/oplata` → oplata/index.html, `/404` → 404.html. */
function documentOf(clientDir: string, pathname: string): string | null {
  const candidates = [join(clientDir, pathname, 'index.html'), join(clientDir, `${pathname}.html`)];
  return candidates.find((file) => existsSync(file)) ?? null;
}

const INLINE = /<(script|style)(\s[^>]*)?>([\s\S]*?)<\/\1>/g;

/** CSP source expressions of the inline scripts and styles of a document. */
export function inlineHashes(html: string): Set<string> {
  const hashes = new Set<string>();
  for (const [, , attributes = '', body = ''] of html.matchAll(INLINE)) {
    if (/\ssrc=/.test(attributes)) continue;
    hashes.add(`'sha256-${createHash('sha256').update(body).digest('base64')}'`);
  }
  return hashes;
}

/**
 * Astro lists the hashes of every inline script and style of the whole site in each page's
 * Content-Security-Policy (about 1.2 KB of headers on every document). A page's policy keeps
 * only the hashes of its own inline code: stricter, and lighter on the wire.
 */
function ownHashesOnly(
  clientDir: string,
  pathname: string,
  headers: Array<{ key: string; value: string }>,
): Array<{ key: string; value: string }> {
  const file = documentOf(clientDir, pathname);
  if (!file) return headers;
  const own = inlineHashes(readFileSync(file, 'utf8'));
  return headers.map((header) =>
    header.key.toLowerCase() === 'content-security-policy'
      ? {
          key: header.key,
          value: header.value.replace(/\s*'sha256-[A-Za-z0-9+/=]+'/g, (source) =>
            own.has(source.trim()) ? source : '',
          ),
        }
      : header,
  );
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
export const FOREVER = 'public, max-age=31536000, immutable';

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
