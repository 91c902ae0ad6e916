/**
 * Editors' pages that a dedicated route renders on request with live data (/otklyucheniya/,
 * /o-kompanii/ofisy/, /novosti/): the build has no HTML of them to index, so the search indexes
 * each by its title, its description (the sentence saying what it holds) and its phrasings, as a topic page, the
 * way it indexes task pages (task-pages.ts).
 */
import { readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT } from '../../../content/registry.ts';
import { readEntry } from '../../../core/content/read-entry.ts';
import type { TaskPage } from './task-pages.ts';

/** The content pages with a dedicated route, by address; the build keeps those it found no HTML of. */
export function dedicatedRoutePages(root: URL): TaskPage[] {
  const folder = fileURLToPath(new URL(CONTENT.pages.folder, root));
  const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.md'));
  return files.flatMap((name) => {
    const page = CONTENT.pages.schema.parse(readEntry(join(folder, name)));
    if (!page.dedicatedRoute) return [];
    const id = page.slug ?? name.replace(/\.md$/, '').split(sep).join('/');
    return [{ path: `/${id}/`, title: page.title, task: page.description, phrases: page.searchPhrases }];
  });
}
