import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { AstroIntegration } from 'astro';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Text formats worth compressing; images and fonts are already compressed. */
const COMPRESSIBLE = /\.(html|css|js|mjs|json|xml|txt|svg|csv|webmanifest)$/;

async function* walk(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (COMPRESSIBLE.test(entry.name)) yield path;
  }
}

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

export async function precompressDirectory(dir: string): Promise<number> {
  let count = 0;
  for await (const path of walk(dir)) {
    // Written earlier in this build from a cache (the CMS admin's vendor files, see decap-admin.ts).
    if (existsSync(`${path}.br`) && existsSync(`${path}.gz`)) continue;
    await compressFile(path);
    count += 1;
  }
  return count;
}

export function precompress(): AstroIntegration {
  return {
    name: 'es-precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const count = await precompressDirectory(fileURLToPath(dir));
        logger.info(`precompressed ${count} files (brotli + gzip)`);
      },
    },
  };
}
