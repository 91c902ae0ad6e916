/**
 * The site's search index on the server, for /poisk/?q=… without JavaScript: Pagefind's own
 * browser library (pagefind.js and its WebAssembly) loaded in Node from the built index, so that
 * the page ranks with the same code and the same index as the browser (site/lib/search/engine.ts).
 * The library fetches its files by path under /pagefind/; Node cannot fetch such a relative URL,
 * so those requests, and only those, are answered from the build's files.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { decode } from 'cborg';
import { z } from 'zod';

const BASE_PATH = '/pagefind/';

/** The part of Pagefind's search API the ranking uses (site/lib/search/index-api.ts). */
export interface PagefindSearch {
  search(
    term: string | null,
    options?: { filters?: Record<string, string> },
  ): Promise<{
    results: {
      id: string;
      score: number;
      words: number[];
      data(): Promise<{
        url: string;
        content: string;
        meta: { title?: string; kind?: string };
        filters: Record<string, string[]>;
      }>;
    }[];
  } | null>;
  preload(term: string, options?: { filters?: Record<string, string> }): Promise<void>;
}

interface PagefindModule extends PagefindSearch {
  options(options: Record<string, unknown>): Promise<void>;
  init(language?: string): Promise<void>;
}

export interface ServerSearchIndex {
  /** The index as the latest build wrote it, loaded on first use and again after a rebuild. */
  open(): Promise<{ index: PagefindSearch; totalPages: number }>;
}

/** The folder the library's requests are answered from: the index last opened. */
let servedDir: string | undefined;

/** Answers the library's /pagefind/ requests from the build's files; other URLs go to fetch. */
function serveIndexFilesToPagefind(): void {
  if ((globalThis.fetch as { esSearchIndex?: boolean }).esSearchIndex) return;
  const fetchOther = globalThis.fetch;
  const fetchIndexFile = async (input: Parameters<typeof fetch>[0], init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith(BASE_PATH)) return fetchOther(input, init);
    const name = url.slice(BASE_PATH.length).split('?')[0] ?? '';
    if (!servedDir || name.includes('..')) return new Response(null, { status: 404 });
    return readFile(join(servedDir, name)).then(
      (body) => new Response(body),
      () => new Response(null, { status: 404 }),
    );
  };
  globalThis.fetch = Object.assign(fetchIndexFile, { esSearchIndex: true });
}

/**
 * A library instance of its own on the index in `pagefindDir`, with none of its chunks loaded yet,
 * as a browser's first search has it. `instance` names the copy: the library keeps the index it
 * loaded in module state, so each name is a fresh module.
 */
export async function openSearchLibrary(
  pagefindDir: string,
  instance: string,
): Promise<{ index: PagefindSearch; totalPages: number }> {
  serveIndexFilesToPagefind();
  servedDir = pagefindDir;
  const href = `${pathToFileURL(join(pagefindDir, 'pagefind.js')).href}?instance=${encodeURIComponent(instance)}`;
  const pagefind = (await import(href)) as PagefindModule;
  await pagefind.options({ basePath: BASE_PATH });
  await pagefind.init('ru');
  const entry = JSON.parse(await readFile(join(pagefindDir, 'pagefind-entry.json'), 'utf8')) as {
    languages?: Record<string, { page_count?: number }>;
  };
  const totalPages = Object.values(entry.languages ?? {}).reduce(
    (sum, language) => sum + (language.page_count ?? 0),
    0,
  );
  return { index: pagefind, totalPages: Math.max(totalPages, 1) };
}

/** Pagefind's metadata file: a signature, then CBOR; its third field lists the index chunks as [first word, last word, hash]. */
const META_SIGNATURE = 'pagefind_dcd';
const MetaSchema = z
  .tuple([z.string(), z.array(z.unknown()), z.array(z.tuple([z.string(), z.string(), z.string()]))])
  .rest(z.unknown());

/** The first word of every index chunk, from the metadata of each language. */
async function chunkFirstWords(pagefindDir: string): Promise<string[]> {
  const metas = (await readdir(pagefindDir)).filter((name) => name.endsWith('.pf_meta'));
  const words = await Promise.all(
    metas.map(async (name) => {
      const bytes = await readFile(join(pagefindDir, name));
      const [, , chunks] = MetaSchema.parse(decode(bytes.subarray(META_SIGNATURE.length)));
      return chunks.map(([first]) => first);
    }),
  );
  return words.flat();
}

/**
 * Pagefind matches a word's prefix only in the index chunks it has loaded, so a library that
 * loads chunks as queries need them ranks a query by what was asked before it. The server's
 * library loads them all at once: the same query always gets the same results.
 */
async function loadEveryChunk(index: PagefindSearch, pagefindDir: string): Promise<void> {
  await Promise.all((await chunkFirstWords(pagefindDir)).map((word) => index.preload(word)));
}

/** Each server index opens library copies of its own. */
let serverIndexes = 0;

export function createServerSearchIndex(pagefindDir: string): ServerSearchIndex {
  const name = `server-${String(++serverIndexes)}`;
  let loaded: { built: number; open: Promise<{ index: PagefindSearch; totalPages: number }> } | undefined;

  return {
    async open() {
      const built = (await stat(join(pagefindDir, 'pagefind-entry.json'))).mtimeMs;
      if (!loaded || loaded.built !== built) {
        // A fresh copy per build, with every chunk of its index.
        const open = openSearchLibrary(pagefindDir, `${name}-build-${String(built)}`).then(async (library) => {
          await loadEveryChunk(library.index, pagefindDir);
          return library;
        });
        loaded = { built, open };
        // A failed load is tried again on the next search.
        open.catch(() => {
          if (loaded?.open === open) loaded = undefined;
        });
      }
      return loaded.open;
    },
  };
}
