/**
 * The part of Pagefind's browser API the search page uses, loaded from the build's
 * /pagefind/pagefind.js at run time (it does not exist while Vite bundles the page).
 *
 * @see https://pagefind.app/docs/api/
 */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; kind?: string };
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    term: string | null,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: PagefindResult[] } | null>;
}

const PAGEFIND_DIR = '/pagefind/';

export interface LoadedPagefind {
  api: PagefindApi;
  /** Pages in the index, to weigh rare words higher. */
  totalPages: number;
}

async function load(): Promise<LoadedPagefind> {
  const pagefind = (await import(/* @vite-ignore */ `${PAGEFIND_DIR}pagefind.js`)) as PagefindApi;
  // Excerpts long enough to show the matched words in context on a phone screen. No web
  // worker: it would be one more 11 KB download, and our strict CSP for non-page files
  // (default-src 'none') stops a worker from fetching the index.
  await pagefind.options({ excerptLength: 24, noWorker: true });
  await pagefind.init();
  // A search without words lists every page from the metadata already loaded: no download.
  const everything = await pagefind.search(null);
  return { api: pagefind, totalPages: Math.max(everything?.results.length ?? 0, 1) };
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
