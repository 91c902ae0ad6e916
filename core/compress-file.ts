/** Pre-compression of built files: the server sends `.br`/`.gz` siblings and never compresses static files per request. */
import { readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Writes `.br` and `.gz` siblings once at build time, so the server never compresses static files per request. */
export async function compressFile(path: string): Promise<void> {
  const raw = await readFile(path);
  const [br, gzipped] = await Promise.all([
    brotli(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
    gz(raw, { level: 9 }),
  ]);
  // Tiny files can grow when compressed; the server then sends them raw.
  if (br.length < raw.length) await writeFile(`${path}.br`, br);
  if (gzipped.length < raw.length) await writeFile(`${path}.gz`, gzipped);
}
