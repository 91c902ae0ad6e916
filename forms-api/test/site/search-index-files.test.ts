import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import Fastify from 'fastify';
import { createSearchIndexFiles } from '../../src/site/search-index-files.ts';

const fragment = Buffer.from('pagefind_dcd{"url":"/oplata/"}');

async function appWithIndex() {
  const dir = mkdtempSync(join(tmpdir(), 'es-pagefind-'));
  mkdirSync(join(dir, 'fragment'));
  writeFileSync(join(dir, 'fragment', 'ru_1.pf_fragment'), fragment);
  writeFileSync(join(dir, 'fragment', 'ru_1.pf_fragment.br'), brotliCompressSync(fragment));
  writeFileSync(join(dir, 'fragment', 'ru_1.pf_fragment.gz'), gzipSync(fragment));
  // A tiny file the build left without compressed copies.
  writeFileSync(join(dir, 'fragment', 'ru_2.pf_fragment'), fragment);
  writeFileSync(join(dir, 'secret.txt'), 'not for the web');
  const send = createSearchIndexFiles(dir);
  const app = Fastify();
  app.get('/pagefind/fragment/:file', async (request, reply) => {
    const { file } = request.params as { file: string };
    if (!(await send(`fragment/${file}`, request, reply))) reply.code(404).send('нет');
    return reply;
  });
  return app;
}

test('an index file goes out in the best encoding the browser takes, cached for good', async () => {
  const app = await appWithIndex();
  const br = await app.inject({
    url: '/pagefind/fragment/ru_1.pf_fragment',
    headers: { 'accept-encoding': 'gzip, br' },
  });
  assert.equal(br.headers['content-encoding'], 'br');
  assert.equal(br.headers['cache-control'], 'public, max-age=31536000, immutable');
  assert.equal(br.headers['vary'], 'Accept-Encoding');
  const gz = await app.inject({ url: '/pagefind/fragment/ru_1.pf_fragment', headers: { 'accept-encoding': 'gzip' } });
  assert.equal(gz.headers['content-encoding'], 'gzip');
  const plain = await app.inject({
    url: '/pagefind/fragment/ru_1.pf_fragment',
    headers: { 'accept-encoding': 'identity' },
  });
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.deepEqual(plain.rawPayload, fragment);
});

test('a file without compressed copies is sent as it is; unknown and foreign names are not found', async () => {
  const app = await appWithIndex();
  const tiny = await app.inject({ url: '/pagefind/fragment/ru_2.pf_fragment', headers: { 'accept-encoding': 'br' } });
  assert.equal(tiny.statusCode, 200);
  assert.equal(tiny.headers['content-encoding'], undefined);
  assert.deepEqual(tiny.rawPayload, fragment);
  for (const url of ['/pagefind/fragment/ru_3.pf_fragment', '/pagefind/fragment/..%2Fsecret.txt']) {
    assert.equal((await app.inject({ url })).statusCode, 404, url);
  }
});
