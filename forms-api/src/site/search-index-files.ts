/**
 * Serves the search index's fingerprinted files (Pagefind's index chunks, fragments and filters)
 * from memory. A search fetches ten or more of them at once; @fastify/static spends ~3 ms of
 * file-system calls on each on this machine, which held the first results back by 30–100 ms
 * (`npm run bench:search`). Their names are hashes of their content, so a file read once never
 * changes; a rebuild writes new names. Everything else under /pagefind/ stays with @fastify/static.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import negotiate from '@fastify/accept-negotiator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { assetCacheControl } from './static-headers.ts';

/** `fragment/ru_2780e3f.pf_fragment` and the like; other names (`../`) are never read. */
const FINGERPRINTED = /^(index|fragment|filter)\/[\w-]+\.pf_(index|fragment|filter)$/;

const ENCODINGS = ['br', 'gzip', 'identity'] as const;
type Encoding = (typeof ENCODINGS)[number];
const SUFFIX: Record<Encoding, string> = { br: '.br', gzip: '.gz', identity: '' };

/** More entries than any index of ours has files; past it the cache starts afresh (old builds' names). */
const MAX_ENTRIES = 20_000;

export function createSearchIndexFiles(pagefindDir: string) {
  const cache = new Map<string, Promise<Buffer | null>>();

  function read(file: string, encoding: Encoding): Promise<Buffer | null> {
    const key = `${file}${SUFFIX[encoding]}`;
    let pending = cache.get(key);
    if (!pending) {
      if (cache.size >= MAX_ENTRIES) cache.clear();
      pending = readFile(join(pagefindDir, key)).catch(() => {
        // Not remembered: the file may be written later (a build in progress).
        cache.delete(key);
        return null;
      });
      cache.set(key, pending);
    }
    return pending;
  }

  /** Answers GET /pagefind/<file>; false when there is no such index file. */
  return async function send(file: string, request: FastifyRequest, reply: FastifyReply): Promise<boolean> {
    if (!FINGERPRINTED.test(file)) return false;
    const accepted = negotiate(request.headers['accept-encoding'] ?? '', [...ENCODINGS]) ?? 'identity';
    // Not every file has compressed copies (tiny ones would grow): fall back to the file itself.
    let encoding: Encoding = accepted;
    let body = await read(file, encoding);
    if (!body && encoding !== 'identity') {
      encoding = 'identity';
      body = await read(file, encoding);
    }
    if (!body) return false;
    reply
      .header('Cache-Control', assetCacheControl(`pagefind/${file}`) ?? 'no-cache')
      .header('Vary', 'Accept-Encoding')
      .type('application/octet-stream');
    if (encoding !== 'identity') reply.header('Content-Encoding', encoding);
    await reply.send(body);
    return true;
  };
}
