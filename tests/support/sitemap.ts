/** Every page URL path in the built sitemap (Starlight's a11y tests do the same). */
import { readFileSync } from 'node:fs';
import { fromRepoRoot } from '../../core/repo-paths.ts';
import { forms } from '../../content/schemas/forms/index.ts';

/** Pages rendered on demand by the Node server, which the sitemap cannot list. */
export const ON_DEMAND_PAGES = [
  '/',
  '/versiya-dlya-slabovidyashchih/',
  ...forms.map((form) => form.pagePath),
  '/o-kompanii/pereryvy-v-rabote-sayta/',
  '/o-kompanii/pereryvy-v-rabote-sayta/otchet/',
  '/tarify/kalkulyator/',
  '/o-kompanii/ofisy/',
  '/otklyucheniya/',
];

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

/** Every public page: the sitemap plus the on-demand pages. */
export function sitePaths(): string[] {
  return [...new Set([...sitemapPaths(), ...ON_DEMAND_PAGES])];
}
