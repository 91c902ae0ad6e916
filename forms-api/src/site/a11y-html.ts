/**
 * Serves prerendered pages in the accessible version: for a visitor with the `a11y` cookie the
 * page's <html> start tag gets the data-a11y-* attributes, so the chosen scheme and size apply
 * before first paint and without JavaScript. Only the start tag changes, so Astro's per-page CSP
 * hashes stay valid. Visitors without the cookie keep the pre-compressed static files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import { htmlAttributes, type A11ySettings } from '../../../core/a11y/settings.ts';

export function withA11yAttributes(html: string, settings: A11ySettings): string {
  const attributes = Object.entries(htmlAttributes(settings))
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('');
  return html.replace(/<html\b([^>]*)>/i, (_tag, existing: string) => `<html${existing}${attributes}>`);
}

/**
 * `/oplata/` → `<clientDir>/oplata/index.html`, `/404.html` → itself; `null` for anything that is
 * not a built page (assets, addresses without the trailing slash, which @fastify/static redirects).
 */
export function pageFile(clientDir: string, urlPath: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  const relative = pathname.endsWith('/') ? `${pathname}index.html` : pathname.endsWith('.html') ? pathname : null;
  if (relative === null) return null;
  const file = normalize(join(clientDir, relative));
  if (!file.startsWith(clientDir + sep) || !existsSync(file)) return null;
  return file;
}

/** Reads each page once; the build does not change while the server runs. */
export function createPageReader(): (file: string) => string {
  const cache = new Map<string, string>();
  return (file) => {
    let html = cache.get(file);
    if (html === undefined) {
      html = readFileSync(file, 'utf8');
      cache.set(file, html);
    }
    return html;
  };
}
