/** Loads Pagefind's browser library from the build's /pagefind/ folder. */
import { withFragmentSets } from '../../lib/search/fragment-sets.ts';
import type { PagefindResultData, SearchIndex } from '../../lib/search/index-api.ts';
import { PAGEFIND_DIR, readEntry } from './pagefind-entry.ts';

/** Pagefind's browser API: the search, plus what loading it takes. */
export interface PagefindApi extends SearchIndex {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
}

export interface LoadedPagefind {
  api: SearchIndex;
  /** Pages in the index, to weigh rare words higher. */
  totalPages: number;
}

/** The data of several results in one request (forms-api/src/routes/site/search-index.ts). */
async function fetchFragments(ids: string[]): Promise<Record<string, PagefindResultData>> {
  const response = await fetch(`${PAGEFIND_DIR}fragments?ids=${ids.join(',')}`);
  if (!response.ok) throw new Error(`${String(response.status)} fetching search results`);
  return (await response.json()) as Record<string, PagefindResultData>;
}

/** Pages in the index. */
async function countPages(): Promise<number> {
  const entry = await readEntry();
  const pages = Object.values(entry.languages ?? {}).reduce((sum, language) => sum + (language.page_count ?? 0), 0);
  return Math.max(pages, 1);
}

async function load(): Promise<LoadedPagefind> {
  // Counted apart from Pagefind: listing every page through it (`search(null)`) kept the page
  // busy for 10–30 ms on a 2,000-page index just as the visitor's first query came in.
  const [pagefind, totalPages] = await Promise.all([
    import(/* @vite-ignore */ `${PAGEFIND_DIR}pagefind.js`) as Promise<PagefindApi>,
    countPages(),
  ]);
  // No web worker: it would be one more 11 KB download, and our strict CSP for non-page files
  // (default-src 'none') stops a worker from fetching the index. Excerpts are the ranking's own.
  await pagefind.options({ noWorker: true });
  await pagefind.init();
  // Resolves once the index metadata and WebAssembly are in: a search sent before that waits
  // in Pagefind's 50 ms polling loop, so the visitor's first query should not be the one to wait.
  await pagefind.preload('');
  return { api: withFragmentSets(pagefind, fetchFragments), totalPages };
}

let loading: Promise<LoadedPagefind> | undefined;

export function loadPagefind(): Promise<LoadedPagefind> {
  // A failed download is tried again on the next search instead of failing every search.
  loading ??= load().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
