/** Where Pagefind's files are, and the entry file it reads first (the search page and the header's field both need it). */
export const PAGEFIND_DIR = '/pagefind/';

/** The small file Pagefind itself reads first: per language its page count and file names. */
export interface PagefindEntry {
  languages?: Record<string, { hash?: string; wasm?: string; page_count?: number }>;
}

export async function readEntry(init?: RequestInit): Promise<PagefindEntry> {
  const response = await fetch(`${PAGEFIND_DIR}pagefind-entry.json`, init);
  if (!response.ok) throw new Error(`${String(response.status)} fetching the search index entry`);
  return (await response.json()) as PagefindEntry;
}
