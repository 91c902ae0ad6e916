/**
 * Editors' pages that a dedicated route renders on request with live data (/otklyucheniya/,
 * /o-kompanii/ofisy/, /novosti/): the build has no HTML of them to index, so the search indexes
 * each by its title and description (the sentence saying what it holds), as a topic page, the
 * way it indexes task pages (task-pages.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { CONTENT } from '../../../content/registry.ts';
import type { TaskPage } from './task-pages.ts';

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(path);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

/** The content pages with a dedicated route, by address; the build keeps those it found no HTML of. */
export function dedicatedRoutePages(root: URL): TaskPage[] {
  const folder = fileURLToPath(new URL(CONTENT.pages.folder, root));
  return markdownFiles(folder).flatMap((file) => {
    const frontmatter = readFileSync(file, 'utf8').split(/^---$/m)[1] ?? '';
    const page = CONTENT.pages.schema.parse(parse(frontmatter));
    if (!page.dedicatedRoute) return [];
    const id = page.slug ?? relative(folder, file).replace(/\.md$/, '').split(sep).join('/');
    return [{ path: `/${id}/`, title: page.title, task: page.description }];
  });
}
