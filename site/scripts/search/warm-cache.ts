/**
 * Fetches, at low priority, the files the search page needs before it can search (the library,
 * its WebAssembly and the index metadata), when a visitor starts typing in the header's search
 * field. After «Найти» the search page then finds them in the browser's cache: the metadata is
 * kept for good, the library and WebAssembly are only revalidated (see static-headers.ts), which
 * spares ~75 KB on a slow phone connection before the first results.
 */
import { PAGEFIND_DIR, readEntry } from './pagefind-entry.ts';

async function fetchQuietly(url: string): Promise<void> {
  const response = await fetch(url, { priority: 'low' });
  // Read to the end: a body left unread may never reach the cache.
  await response.arrayBuffer();
}

export async function warmSearchCache(): Promise<void> {
  const entry = await readEntry({ priority: 'low' });
  const files = Object.values(entry.languages ?? {}).flatMap((language) => [
    ...(language.hash ? [`${PAGEFIND_DIR}pagefind.${language.hash}.pf_meta`] : []),
    ...(language.wasm ? [`${PAGEFIND_DIR}wasm.${language.wasm}.pagefind`] : []),
  ]);
  await Promise.all([`${PAGEFIND_DIR}pagefind.js`, ...files].map(fetchQuietly));
}
