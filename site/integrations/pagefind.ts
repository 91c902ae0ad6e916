/**
 * Builds the Pagefind search index from the finished HTML at astro:build:done, before the
 * precompress integration runs. Only the part of each page marked data-pagefind-body is indexed
 * (content, not navigation). Names from the editors' synonym list that a page does not use
 * itself are added to the indexed copy only, so «прибор учёта» finds a page that says «счётчик».
 *
 * @see https://pagefind.app/docs/node-api/
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { missingSynonyms } from '../lib/search/terms.ts';
import { readSynonyms } from '../lib/search/synonyms-file.ts';
import { shortenReadyPolling, storeUncompressed } from './pagefind-files.ts';
import type { SearchSynonyms } from '../../content/schemas/search-synonyms.ts';

/** The empty element SearchableContent.astro leaves at the end of the indexed area. */
export const SYNONYMS_SLOT = '<div data-es-search-synonyms></div>';

async function* htmlFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'pagefind') yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

function pageText(html: string): string {
  const start = html.indexOf('data-pagefind-body');
  const end = html.indexOf(SYNONYMS_SLOT);
  return html.slice(start, end).replace(/<[^>]+>/g, ' ');
}

/** The HTML Pagefind reads: the page itself plus a low-weight line of synonyms it lacks. */
export function withSynonyms(html: string, synonyms: SearchSynonyms): string {
  if (!html.includes(SYNONYMS_SLOT)) return html;
  const extra = missingSynonyms(pageText(html), synonyms);
  if (extra.length === 0) return html;
  return html.replace(SYNONYMS_SLOT, `<div data-pagefind-weight="0.5">${extra.join(', ')}</div>`);
}

/**
 * Words' entries per index chunk (Pagefind counts a page plus its word positions as entries).
 * A search downloads the chunks holding its words; Pagefind's default of 20,000 makes ~18 KB
 * chunks on a 2,000-entry FAQ, so a three-word query cost ~50 KB. Smaller chunks cost a few more
 * bytes of metadata once (docs/search.md, `npm run bench:search`). Pagefind reads the setting
 * from its environment only and calls it unstable: re-check after upgrading Pagefind.
 */
const INDEX_CHUNK_SIZE = 2500;

export async function indexSite(clientDir: string, synonyms: SearchSynonyms): Promise<number> {
  // Read by the Pagefind service process that createIndex starts.
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = String(INDEX_CHUNK_SIZE);
  const { index, errors } = await createIndex({ forceLanguage: 'ru' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  let pages = 0;
  for await (const file of htmlFiles(clientDir)) {
    const html = await readFile(file, 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const url = `/${relative(clientDir, file).split(sep).join('/')}`.replace(/index\.html$/, '');
    const added = await index.addHTMLFile({ url, content: withSynonyms(html, synonyms) });
    if (added.errors.length > 0) throw new Error(`Pagefind failed on ${url}: ${added.errors.join('; ')}`);
    pages += 1;
  }
  const written = await index.writeFiles({ outputPath: join(clientDir, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
  await close();
  await storeUncompressed(join(clientDir, 'pagefind'));
  await shortenReadyPolling(join(clientDir, 'pagefind'));
  return pages;
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
        const pages = await indexSite(fileURLToPath(dir), readSynonyms(root));
        logger.info(`indexed ${pages} pages for search`);
      },
    },
  };
}
