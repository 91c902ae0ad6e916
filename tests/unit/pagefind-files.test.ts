import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import {
  shownFragment,
  storeUncompressed,
  uncompressed,
  withFastReadyPolling,
} from '../../site/integrations/pagefind-files.ts';

const signed = (json: string) => Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(json)]);
const content = signed('{"url":"/oplata/"}');
const fragment = signed(
  '{"url":"/oplata/","content":"Оплата. Способы оплаты. ⁂ платёж, заплатить.","meta":{"title":"Оплата"},"anchors":[{"element":"h2","id":"sposoby","text":"Способы оплаты","location":1}]}',
);
const shown = signed('{"url":"/oplata/","content":"Оплата. Способы оплаты.","meta":{"title":"Оплата"},"anchors":[]}');

test('index files are stored uncompressed, signature first, and other files are left alone', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'es-pagefind-'));
  mkdirSync(join(dir, 'fragment'));
  writeFileSync(join(dir, 'fragment', 'ru_1.pf_fragment'), gzipSync(fragment));
  writeFileSync(join(dir, 'wasm.ru.pagefind'), gzipSync(content));
  writeFileSync(join(dir, 'pagefind-entry.json'), '{}');
  assert.equal(await storeUncompressed(dir), 2);
  assert.deepEqual(readFileSync(join(dir, 'fragment', 'ru_1.pf_fragment')), shown);
  assert.deepEqual(readFileSync(join(dir, 'wasm.ru.pagefind')), content);
  assert.equal(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8'), '{}');
  // A second run (an index already stored this way) changes nothing.
  assert.equal(await storeUncompressed(dir), 2);
  assert.deepEqual(readFileSync(join(dir, 'fragment', 'ru_1.pf_fragment')), shown);
});

test("a result's fragment keeps the page's own text and leaves out the vocabulary and the anchors", () => {
  const page = JSON.parse(shownFragment(fragment).subarray('pagefind_dcd'.length).toString('utf8')) as {
    content: string;
    anchors: unknown[];
    meta: { title: string };
  };
  assert.equal(page.content, 'Оплата. Способы оплаты.');
  assert.doesNotMatch(page.content, /платёж/);
  assert.deepEqual(page.anchors, []);
  assert.equal(page.meta.title, 'Оплата');
});

test('a file that is not Pagefind data stops the build with its name', () => {
  assert.throws(() => uncompressed(gzipSync('something else'), 'index/ru_2.pf_index'), /index\/ru_2\.pf_index/);
});

test("Pagefind's loader checks every 5 ms, not 50, whether it is ready for the first search", () => {
  const loader =
    'async getPtr(){while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(50);}return this.raw_ptr;}' +
    'while(this.primary.wasm===null){await asyncSleep(50);}';
  const patched = withFastReadyPolling(loader);
  assert.match(patched, /throw this\.initError;\}await asyncSleep\(5\);\}/);
  // Only the readiness loop changes, and a second build leaves it as it is.
  assert.match(patched, /wasm===null\)\{await asyncSleep\(50\)/);
  assert.equal(withFastReadyPolling(patched), patched);
  assert.throws(() => withFastReadyPolling('export const search = () => {}'), /upgrading Pagefind/);
});
