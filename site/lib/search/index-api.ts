/**
 * The part of Pagefind's search API the ranking uses: the browser loads it from the build's
 * /pagefind/pagefind.js, the server from the same files (Astro.locals.searchIndex).
 *
 * @see https://pagefind.app/docs/api/
 */
export interface PagefindResultData {
  url: string;
  /** The indexed text: the page's own text, then the vocabulary lines (passage.ts). */
  content: string;
  meta: { title?: string; kind?: string };
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  score: number;
  /** Where the searched word occurs in the page's text, in words from its start (the title comes first). */
  words: number[];
  data(): Promise<PagefindResultData>;
}

export interface SearchIndex {
  search(
    term: string | null,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: PagefindResult[] } | null>;
  /** Downloads the index chunks a search for `term` needs, without searching. */
  preload(term: string, options?: { filters?: Record<string, string> }): Promise<void>;
}
