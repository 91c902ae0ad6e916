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
  search(term: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

const PAGEFIND_DIR = '/pagefind/';

export interface LoadedPagefind {
  api: PagefindApi;
  /** Pages in the index, to weigh rare words higher. */
  totalPages: number;
}

/** The index's own summary; Pagefind reads it too but does not expose the page count. */
async function indexedPages(): Promise<number> {
  const response = await fetch(`${PAGEFIND_DIR}pagefind-entry.json`);
  const entry = (await response.json()) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

let loading: Promise<LoadedPagefind> | undefined;

export function loadPagefind(): Promise<LoadedPagefind> {
  const api = (import(/* @vite-ignore */ `${PAGEFIND_DIR}pagefind.js`) as Promise<PagefindApi>).then(
    async (pagefind) => {
      // Excerpts long enough to show the matched words in context on a phone screen. No web
      // worker: it would be one more 11 KB download, and our strict CSP for non-page files
      // (default-src 'none') stops a worker from fetching the index.
      await pagefind.options({ excerptLength: 24, noWorker: true });
      await pagefind.init();
      return pagefind;
    },
  );
  loading ??= Promise.all([api, indexedPages()]).then(([loaded, totalPages]) => ({ api: loaded, totalPages }));
  return loading;
}
