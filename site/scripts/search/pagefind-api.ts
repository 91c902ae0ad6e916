/**
 * The part of Pagefind's browser API the search page uses, loaded from the build's
 * /pagefind/pagefind.js at run time (it does not exist while Vite bundles the page).
 *
 * @see https://pagefind.app/docs/api/
 */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
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

const PAGEFIND_URL = '/pagefind/pagefind.js';

let loading: Promise<PagefindApi> | undefined;

export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (import(/* @vite-ignore */ PAGEFIND_URL) as Promise<PagefindApi>).then(async (pagefind) => {
    // Excerpts long enough to show the matched words in context on a phone screen. No web
    // worker: it would be one more 11 KB download, and our strict CSP for non-page files
    // (default-src 'none') stops a worker from fetching the index.
    await pagefind.options({ excerptLength: 24, noWorker: true });
    await pagefind.init();
    return pagefind;
  });
  return loading;
}
