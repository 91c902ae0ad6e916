/**
 * Two changes to what Pagefind writes, both for the visitor's first results:
 *
 * - Pagefind gzips every index file itself and the browser inflates them in JavaScript. Stored
 *   uncompressed instead, they are compressed once more by precompress.ts like the rest of the
 *   site: brotli is ~15 % smaller (the WebAssembly 57 → 48 KB) and the browser decodes it
 *   natively. Pagefind's loader accepts such files: it skips inflating data that starts with its
 *   signature «pagefind_dcd» (the case of hosts that decompress on the fly).
 * - A search sent while Pagefind is still starting waits in a loop that checks every 50 ms; a
 *   query typed as the page opens or a ?q= link lost 25 ms on average and up to 50 ms to it
 *   (`npm run bench:search`). The loop checks every 5 ms instead.
 *
 * Both depend on Pagefind's internals: the build stops with a message if they change.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

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

/** Rewrites every Pagefind data file under `pagefindDir` uncompressed; returns how many. */
export async function storeUncompressed(pagefindDir: string): Promise<number> {
  let count = 0;
  for await (const path of dataFiles(pagefindDir)) {
    await writeFile(path, uncompressed(await readFile(path), path));
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
