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
  /** Downloads the index chunks a search for `term` needs, without searching. */
  preload(term: string, options?: { filters?: Record<string, string> }): Promise<void>;
}

export const PAGEFIND_DIR = '/pagefind/';

export interface LoadedPagefind {
  api: PagefindApi;
  /** Pages in the index, to weigh rare words higher. */
  totalPages: number;
}

/** The small file Pagefind itself reads first: per language its page count and file names. */
export interface PagefindEntry {
  languages?: Record<string, { hash?: string; wasm?: string; page_count?: number }>;
}

export async function readEntry(init?: RequestInit): Promise<PagefindEntry> {
  const response = await fetch(`${PAGEFIND_DIR}pagefind-entry.json`, init);
  if (!response.ok) throw new Error(`${String(response.status)} fetching the search index entry`);
  return (await response.json()) as PagefindEntry;
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
  // Excerpts long enough to show the matched words in context on a phone screen. No web
  // worker: it would be one more 11 KB download, and our strict CSP for non-page files
  // (default-src 'none') stops a worker from fetching the index.
  await pagefind.options({ excerptLength: 24, noWorker: true });
  await pagefind.init();
  // Resolves once the index metadata and WebAssembly are in: a search sent before that waits
  // in Pagefind's 50 ms polling loop, so the visitor's first query should not be the one to wait.
  await pagefind.preload('');
  return { api: pagefind, totalPages };
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
