import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { PAGEFIND_DATA_FILE } from './pagefind-files.ts';
import { compressFile } from '../../core/compress-file.ts';

/** Node's default thread pool size: zlib work beyond it only waits. */
const COMPRESSING_AT_ONCE = 4;

/** Text formats worth compressing; images and fonts are already compressed. */
const COMPRESSIBLE = /\.(html|css|js|mjs|json|xml|txt|svg|csv|webmanifest)$/;

async function* walk(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    // The search index is stored uncompressed for this (pagefind-files.ts).
    else if (COMPRESSIBLE.test(entry.name) || PAGEFIND_DATA_FILE.test(entry.name)) yield path;
  }
}

export async function precompressDirectory(dir: string): Promise<number> {
  const paths: string[] = [];
  for await (const path of walk(dir)) {
    // Written earlier in this build from a cache (the CMS admin's vendor files, see decap-admin.ts).
    if (!(existsSync(`${path}.br`) && existsSync(`${path}.gz`))) paths.push(path);
  }
  // As many at a time as Node's thread pool compresses in parallel; the workers share one queue.
  const queue = paths.values();
  await Promise.all(
    Array.from({ length: COMPRESSING_AT_ONCE }, async () => {
      for (const path of queue) await compressFile(path);
    }),
  );
  return paths.length;
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
