/**
 * Serves the search index's fingerprinted files (Pagefind's index chunks, fragments and filters)
 * from memory. A search fetches ten or more of them at once; @fastify/static spends ~3 ms of
 * file-system calls on each on this machine, which held the first results back by 30–100 ms
 * (`npm run bench:search`). Their names are hashes of their content, so a file read once never
 * changes; a rebuild writes new names. Everything else under /pagefind/ stays with @fastify/static.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
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

/** A result's id, as Pagefind names its fragment: `ru_2780e3f`. */
export const FRAGMENT_ID = /^[a-z]{2,3}(-[a-z]+)?_[0-9a-f]{6,16}$/;
/** More than the search page shows at once (10), fewer than would make one answer slow to build. */
export const MAX_FRAGMENT_SET = 20;
/** Pagefind's mark for data stored uncompressed (the build stores fragments so: pagefind-files.ts). */
const UNCOMPRESSED = Buffer.from('pagefind_dcd');
/** Answers built on demand, kept for repeated queries; past it the cache starts afresh. */
const MAX_SETS = 2_000;

const compressors: Record<Exclude<Encoding, 'identity'>, (raw: Buffer) => Promise<Buffer>> = {
  // Quality 5: ~2 ms for ten fragments, 15 % larger than the slowest setting, which takes ~40 ms.
  br: (raw) => promisify(brotliCompress)(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }),
  gzip: (raw) => promisify(gzip)(raw),
};

export function createSearchIndexFiles(pagefindDir: string) {
  const cache = new Map<string, Promise<Buffer | null>>();
  const sets = new Map<string, Promise<Buffer | null>>();

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

  /**
   * The data of several results in one JSON object by id: over HTTP/1.1 each of the ten
   * fragments a query shows cost ~450 bytes of headers, and compressed apart they share nothing.
   * Null when an id is not in the index (a page of an older build).
   */
  async function fragmentSet(ids: readonly string[], acceptEncoding: string) {
    const encoding = negotiate(acceptEncoding, [...ENCODINGS]) ?? 'identity';
    const key = `${encoding}:${ids.join(',')}`;
    let pending = sets.get(key);
    if (!pending) {
      if (sets.size >= MAX_SETS) sets.clear();
      pending = Promise.all(ids.map((id) => read(`fragment/${id}.pf_fragment`, 'identity'))).then((files) => {
        if (files.some((file) => !file?.subarray(0, UNCOMPRESSED.length).equals(UNCOMPRESSED))) return null;
        const entries = files.map((file, i) => [
          Buffer.from(`${i === 0 ? '{' : ','}${JSON.stringify(ids[i])}:`),
          (file as Buffer).subarray(UNCOMPRESSED.length),
        ]);
        const raw = Buffer.concat([...entries.flat(), Buffer.from('}')]);
        return encoding === 'identity' ? raw : compressors[encoding](raw);
      });
      sets.set(key, pending);
      // Not remembered without an answer: the files may be written later (a build in progress).
      const forget = () => sets.delete(key);
      pending.then((body) => {
        if (!body) forget();
      }, forget);
    }
    const body = await pending;
    return body && { body, encoding };
  }

  /** Answers GET /pagefind/<file>; false when there is no such index file. */
  async function send(file: string, request: FastifyRequest, reply: FastifyReply): Promise<boolean> {
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
  }

  return { send, fragmentSet };
}
