import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import Fastify from 'fastify';
import searchIndexRoutes from '../../src/routes/site/search-index.ts';
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
  const { send } = createSearchIndexFiles(dir);
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

async function routeWithIndex() {
  const client = mkdtempSync(join(tmpdir(), 'es-site-'));
  const dir = join(client, 'pagefind');
  mkdirSync(join(dir, 'fragment'), { recursive: true });
  for (const [id, url] of [
    ['ru_1a2b3c4', '/oplata/'],
    ['ru_5d6e7f8', '/uchet/'],
  ] as const) {
    writeFileSync(join(dir, 'fragment', `${id}.pf_fragment`), `pagefind_dcd{"url":"${url}","content":"Текст"}`);
  }
  const app = Fastify();
  app.decorate('siteBuild', { clientDir: client, staticHeaders: new Map() });
  await app.register(searchIndexRoutes);
  return app;
}

test('the data of the results a query shows comes in one answer, by id, cached for good', async () => {
  const app = await routeWithIndex();
  for (const encoding of ['br', 'gzip', 'identity']) {
    const answer = await app.inject({
      url: '/pagefind/fragments?ids=ru_5d6e7f8,ru_1a2b3c4',
      headers: { 'accept-encoding': encoding },
    });
    assert.equal(answer.statusCode, 200, encoding);
    assert.equal(answer.headers['cache-control'], 'public, max-age=31536000, immutable');
    const raw =
      encoding === 'br'
        ? brotliDecompressSync(answer.rawPayload)
        : encoding === 'gzip'
          ? gunzipSync(answer.rawPayload)
          : answer.rawPayload;
    assert.deepEqual(JSON.parse(raw.toString('utf8')), {
      ru_5d6e7f8: { url: '/uchet/', content: 'Текст' },
      ru_1a2b3c4: { url: '/oplata/', content: 'Текст' },
    });
  }
});

test('a wrong list of results gets a Russian message naming the parameter, never a 500', async () => {
  const app = await routeWithIndex();
  const tooMany = Array.from({ length: 21 }, (_, i) => `ru_${(0x100000 + i).toString(16)}`).join(',');
  for (const query of [
    '',
    '?ids=',
    '?ids=../secret',
    '?ids=ru_1a2b3c4,ru_1a2b3c4',
    `?ids=${tooMany}`,
    '?ids=a&ids=b',
  ]) {
    const answer = await app.inject({ url: `/pagefind/fragments${query}` });
    assert.equal(answer.statusCode, 400, query);
    assert.match(answer.json<{ message: string }>().message, /^Параметр ids: перечислите/, query);
  }
  const stale = await app.inject({ url: '/pagefind/fragments?ids=ru_1a2b3c4,ru_9999999' });
  assert.equal(stale.statusCode, 404);
  assert.match(stale.json<{ message: string }>().message, /сайт обновился/);
  assert.equal(stale.headers['cache-control'], 'no-store');
});
