/**
 * Builds the Pagefind search index from the finished HTML at astro:build:done, before the
 * precompress integration runs. Only the part of each page marked data-pagefind-body is indexed
 * (content, not navigation). Names from the editors' vocabulary that a page does not use itself
 * are added to the indexed copy only, so «прибор учёта» finds a page that says «счётчик»: the
 * other names of words in its title weigh like a heading, those of its text weigh little.
 * Task pages, rendered on request, are indexed from their title and purpose (task-pages.ts);
 * editors' pages a dedicated route renders on request from their title and description
 * (on-request-pages.ts).
 *
 * @see https://pagefind.app/docs/node-api/
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { decodeHTMLAttribute } from 'entities';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { audiencesFor, sectionFor } from '../lib/search/sections.ts';
import { loadContentFile } from '../../core/content/load.ts';
import { escapeHtml } from '../../core/escape-html.ts';
import { VOCABULARY_MARK } from '../lib/search/passage.ts';
import { missingSynonyms } from '../lib/search/terms.ts';
import { dedicatedRoutePages } from '../lib/search/on-request-pages.ts';
import { TASK_PAGES, type TaskPage } from '../lib/search/task-pages.ts';
import { shortenReadyPolling, storeUncompressed } from './pagefind-files.ts';
import type { SearchSynonyms } from '../../content/schemas/search-synonyms.ts';

/** The empty element SearchableContent.astro leaves at the end of the indexed area. */
export const SYNONYMS_SLOT = '<div data-es-search-synonyms></div>';

/** The slot as rendered: the page's other phrasings, if any, in an attribute (a JSON list, HTML-escaped). */
const SLOT = /<div data-es-search-synonyms(?: data-es-search-phrases="([^"]*)")?>\s*<\/div>/;

/** The slot carrying a page's phrasings, as SearchableContent.astro renders it. */
export function synonymsSlot(phrases: readonly string[] = []): string {
  return phrases.length === 0
    ? SYNONYMS_SLOT
    : `<div data-es-search-synonyms data-es-search-phrases="${escapeHtml(JSON.stringify(phrases))}"></div>`;
}

/** The phrasings a slot carries. */
function slotPhrases(attribute: string | undefined): string[] {
  if (attribute === undefined) return [];
  const parsed: unknown = JSON.parse(decodeHTMLAttribute(attribute));
  return Array.isArray(parsed) ? parsed.filter((phrase): phrase is string => typeof phrase === 'string') : [];
}

async function* htmlFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'pagefind') yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ');

/** Weight of the other names of the title's words: a heading's (Pagefind gives h1 7, h2 6). */
const TITLE_NAMES_WEIGHT = 5;
/** Weight of the other names of the text's words (and of the phrasings' words): below the text's own words. */
const TEXT_NAMES_WEIGHT = 0.5;
/**
 * Weight of the editors' other phrasings of the page's question («Как ещё спрашивают»): above the
 * text (1), below a heading. Chosen on the tuning part of the relevance set: 1 to 3 alike, a
 * heading's weight (5) lowered it, as did the vocabulary's names for their words weighed as much
 * as the phrasings (docs/search.md).
 */
export const PHRASES_WEIGHT = 2;

/**
 * The HTML Pagefind reads: the page itself, then, after the mark that keeps them out of excerpts
 * and result fragments (passage.ts, pagefind-files.ts), the vocabulary's names the page lacks for
 * words of its title and of its text, and the editors' other phrasings of its question. The
 * phrasings' words count as the text's for the vocabulary.
 */
export function withSynonyms(html: string, synonyms: SearchSynonyms): string {
  const slot = SLOT.exec(html);
  if (!slot) return html;
  const body = html.slice(html.indexOf('data-pagefind-body'), slot.index);
  const title = textOf(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(body)?.[1] ?? '');
  const phrases = slotPhrases(slot[1]);
  const forTitle = missingSynonyms(title, synonyms);
  const forText = missingSynonyms([textOf(body), ...phrases].join('. '), synonyms).filter(
    (name) => !forTitle.includes(name),
  );
  if (forTitle.length === 0 && forText.length === 0 && phrases.length === 0) return html;
  const line = (names: readonly string[], weight: number, separator = ', ') =>
    names.length > 0 ? `<div data-pagefind-weight="${String(weight)}">${escapeHtml(names.join(separator))}</div>` : '';
  const added =
    `<p>${VOCABULARY_MARK}</p>${line(forTitle, TITLE_NAMES_WEIGHT)}${line(forText, TEXT_NAMES_WEIGHT)}` +
    line(phrases, PHRASES_WEIGHT, '. ');
  // A function, so that «$» in a phrasing is not read as a replacement pattern.
  return html.replace(SLOT, () => added);
}

/**
 * The indexed copy of a page rendered on request: its title, its purpose, its section and
 * audiences, the editors' other phrasings of it, marked as a task page (a form) or a topic page (`section`, ranked like one).
 */
export function taskPageHtml(page: TaskPage, kind: 'task' | 'section' = 'task'): string {
  const section = sectionFor(page.path);
  const filters = [
    ...(section ? [`section:${section}`] : []),
    ...audiencesFor(page.path).map((audience) => `audience:${audience}`),
  ];
  return `<html lang="ru"><body><main data-pagefind-body>${filters
    .map((filter) => `<span data-pagefind-filter="${escapeHtml(filter)}"></span>`)
    .join('')}<span data-pagefind-meta="kind:${kind}"></span><h1>${escapeHtml(page.title)}</h1><p>${escapeHtml(
    page.task,
  )}</p>${synonymsSlot(page.phrases)}</main></body></html>`;
}

/**
 * Words' entries per index chunk (Pagefind counts a page plus its word positions as entries).
 * A search downloads the chunks holding its words; Pagefind's default of 20,000 makes ~18 KB
 * chunks on a 2,000-entry FAQ, so a three-word query cost ~50 KB. Smaller chunks cost a few more
 * bytes of metadata once (docs/search.md, `npm run bench:search`). Pagefind reads the setting
 * from its environment only and calls it unstable: re-check after upgrading Pagefind.
 */
const INDEX_CHUNK_SIZE = 2500;

export async function indexSite(
  clientDir: string,
  synonyms: SearchSynonyms,
  onRequest: readonly TaskPage[] = [],
): Promise<number> {
  // Read by the Pagefind service process that createIndex starts.
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = String(INDEX_CHUNK_SIZE);
  const { index, errors } = await createIndex({ forceLanguage: 'ru' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const indexed = new Set<string>();
  for await (const file of htmlFiles(clientDir)) {
    const html = await readFile(file, 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const url = `/${relative(clientDir, file).split(sep).join('/')}`.replace(/index\.html$/, '');
    const added = await index.addHTMLFile({ url, content: withSynonyms(html, synonyms) });
    if (added.errors.length > 0) throw new Error(`Pagefind failed on ${url}: ${added.errors.join('; ')}`);
    indexed.add(url);
    // Indexed, the phrasings leave the page: the visitor's download does not carry them.
    const served = html.replace(SLOT, SYNONYMS_SLOT);
    if (served !== html) await writeFile(file, served);
  }
  const rendered = [
    ...TASK_PAGES.map((page) => ({ page, kind: 'task' as const })),
    // A page with a dedicated route that the build wrote as HTML is indexed from its HTML above.
    ...onRequest.filter((page) => !indexed.has(page.path)).map((page) => ({ page, kind: 'section' as const })),
  ];
  for (const { page, kind } of rendered) {
    const content = withSynonyms(taskPageHtml(page, kind), synonyms);
    const added = await index.addHTMLFile({ url: page.path, content });
    if (added.errors.length > 0) throw new Error(`Pagefind failed on ${page.path}: ${added.errors.join('; ')}`);
    indexed.add(page.path);
  }
  const written = await index.writeFiles({ outputPath: join(clientDir, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
  await close();
  await storeUncompressed(join(clientDir, 'pagefind'));
  await shortenReadyPolling(join(clientDir, 'pagefind'));
  return indexed.size;
}

export function pagefind(): AstroIntegration {
  let root: URL;
  return {
    name: 'es-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const pages = await indexSite(
          fileURLToPath(dir),
          loadContentFile('searchSynonyms', fileURLToPath(root)),
          dedicatedRoutePages(root),
        );
        logger.info(`indexed ${pages} pages for search`);
      },
    },
  };
}
