/** Every page URL path in the built sitemap (Starlight's a11y tests do the same). */
import { readFileSync } from 'node:fs';
import { fromRepoRoot } from '../../forms-api/src/config/paths.ts';

function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? '');
}

export function sitemapPaths(): string[] {
  const client = fromRepoRoot('dist/client');
  const index = readFileSync(`${client}/sitemap-index.xml`, 'utf8');
  return locs(index)
    .flatMap((sitemapUrl) => locs(readFileSync(`${client}${new URL(sitemapUrl).pathname}`, 'utf8')))
    .map((url) => new URL(url).pathname)
    .sort();
}
