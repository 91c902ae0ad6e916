/**
 * Three changes to what Pagefind writes, all for the bytes and time before the visitor's results:
 *
 * - Pagefind gzips every index file itself and the browser inflates them in JavaScript. Stored
 *   uncompressed instead, they are compressed once more by precompress.ts like the rest of the
 *   site: brotli is ~15 % smaller (the WebAssembly 57 → 48 KB) and the browser decodes it
 *   natively. Pagefind's loader accepts such files: it skips inflating data that starts with its
 *   signature «pagefind_dcd» (the case of hosts that decompress on the fly).
 * - A result's fragment (fetched for each of the ten results shown) keeps only what the ranking
 *   reads (site/lib/search/engine.ts): the page's own text without the vocabulary lines after
 *   VOCABULARY_MARK, and no anchors (Pagefind's sub-results, a copy of the text of every element
 *   with an id: a third of the fragments of the standard's pages). The words stay in the index
 *   chunks, so searching is unchanged; a further query on the 2,000-entry FAQ fetched 30.4 KB,
 *   2 KB of it vocabulary (`npm run bench:search`).
 * - A search sent while Pagefind is still starting waits in a loop that checks every 50 ms; a
 *   query typed as the page opens or a ?q= link lost 25 ms on average and up to 50 ms to it
 *   (`npm run bench:search`). The loop checks every 5 ms instead.
 *
 * Both depend on Pagefind's internals: the build stops with a message if they change.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { VOCABULARY_MARK } from '../lib/search/passage.ts';

/** Index chunks, fragments, filters, metadata and the WebAssembly: everything Pagefind inflates. */
export const PAGEFIND_DATA_FILE = /\.(pf_meta|pf_index|pf_fragment|pf_filter|pagefind)$/;

const SIGNATURE = Buffer.from('pagefind_dcd');

async function* dataFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* dataFiles(path);
    else if (PAGEFIND_DATA_FILE.test(entry.name)) yield path;
  }
}

/** The file as Pagefind's loader reads it without inflating: signature first. */
export function uncompressed(stored: Buffer, name: string): Buffer {
  if (stored.subarray(0, SIGNATURE.length).equals(SIGNATURE)) return stored;
  const raw = gunzipSync(stored);
  if (!raw.subarray(0, SIGNATURE.length).equals(SIGNATURE)) {
    throw new Error(`${name} is not a Pagefind file: the signature is missing after inflating`);
  }
  return raw;
}

/** A page's fragment as the search uses it: its own text (no vocabulary lines), no anchors. */
export function shownFragment(raw: Buffer): Buffer {
  const fragment = JSON.parse(raw.subarray(SIGNATURE.length).toString('utf8')) as {
    content?: string;
    anchors?: unknown[];
  };
  const end = fragment.content?.indexOf(VOCABULARY_MARK) ?? -1;
  if (fragment.content !== undefined && end >= 0) fragment.content = fragment.content.slice(0, end).trimEnd();
  fragment.anchors = [];
  return Buffer.concat([SIGNATURE, Buffer.from(JSON.stringify(fragment))]);
}

/**
 * Rewrites every Pagefind data file under `pagefindDir` uncompressed, fragments as shown;
 * returns how many. Fragments keep their names: the same page always gives the same fragment.
 */
export async function storeUncompressed(pagefindDir: string): Promise<number> {
  let count = 0;
  for await (const path of dataFiles(pagefindDir)) {
    const raw = uncompressed(await readFile(path), path);
    await writeFile(path, path.endsWith('.pf_fragment') ? shownFragment(raw) : raw);
    count += 1;
  }
  return count;
}

/** Pagefind 1.x `getPtr()`: waits for the WebAssembly and index metadata to be ready. */
const READY_POLL = 'if(this.initError){throw this.initError;}await asyncSleep(50);}';
const READY_POLL_FAST = 'if(this.initError){throw this.initError;}await asyncSleep(5);}';

/** Pagefind's loader source with the shorter wait for readiness. */
export function withFastReadyPolling(loader: string): string {
  if (loader.includes(READY_POLL_FAST)) return loader;
  if (loader.split(READY_POLL).length !== 2) {
    throw new Error(
      "Pagefind's pagefind.js no longer has the readiness loop site/integrations/pagefind-files.ts shortens: re-check it after upgrading Pagefind",
    );
  }
  return loader.replace(READY_POLL, READY_POLL_FAST);
}

export async function shortenReadyPolling(pagefindDir: string): Promise<void> {
  const path = join(pagefindDir, 'pagefind.js');
  await writeFile(path, withFastReadyPolling(await readFile(path, 'utf8')));
}
