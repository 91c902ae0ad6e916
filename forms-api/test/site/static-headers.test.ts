import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { assetCacheControl, pagePathname, readStaticHeaders } from '../../src/site/static-headers.ts';

const client = '/srv/dist/client';

test('built files map to the page paths Astro uses in _headers.json', () => {
  assert.equal(pagePathname(client, `${client}/index.html`), '/');
  assert.equal(pagePathname(client, `${client}/index.html.br`), '/');
  assert.equal(pagePathname(client, `${client}/oplata/index.html.gz`), '/oplata');
  assert.equal(pagePathname(client, `${client}/o-kompanii/ofisy/index.html`), '/o-kompanii/ofisy');
  assert.equal(pagePathname(client, `${client}/404.html`), '/404');
  assert.equal(pagePathname(client, `${client}/_astro/app.css`), null);
});

test('per-page headers are read from the build, and a build without them yields none', () => {
  const dist = mkdtempSync(join(tmpdir(), 'es-dist-'));
  assert.equal(readStaticHeaders(dist).size, 0);
  writeFileSync(
    join(dist, '_headers.json'),
    JSON.stringify([
      { pathname: '/oplata', headers: [{ key: 'Content-Security-Policy', value: "script-src 'self'" }] },
    ]),
  );
  assert.deepEqual(readStaticHeaders(dist).get('/oplata'), [
    { key: 'Content-Security-Policy', value: "script-src 'self'" },
  ]);
});

test('fingerprinted files are cached for good, Pagefind files with stable names are checked again', () => {
  const forever = 'public, max-age=31536000, immutable';
  assert.equal(assetCacheControl('_astro/app.Bx1.css'), forever);
  assert.equal(assetCacheControl('pagefind/fragment/ru_2780e3f.pf_fragment'), forever);
  assert.equal(assetCacheControl('pagefind/index/ru_46b42bf.pf_index.br'), forever);
  assert.equal(assetCacheControl('pagefind/pagefind.ru_6e8ee91bd8.pf_meta'), forever);
  assert.equal(assetCacheControl('pagefind/pagefind.js'), 'no-cache');
  assert.equal(assetCacheControl('pagefind/wasm.ru.pagefind.gz'), 'no-cache');
  assert.equal(assetCacheControl('pagefind/pagefind-entry.json'), 'no-cache');
  assert.equal(assetCacheControl('favicon.svg'), undefined);
});

test("a page's policy lists the hashes of its own inline scripts and styles, not the whole site's", () => {
  const dist = mkdtempSync(join(tmpdir(), 'es-dist-'));
  mkdirSync(join(dist, 'client', 'oplata'), { recursive: true });
  const script = 'document.documentElement.classList.add("es-js")';
  const style = 'body{margin:0}';
  writeFileSync(
    join(dist, 'client', 'oplata', 'index.html'),
    `<html><head><script>${script}</script><style>${style}</style><script type="module" src="/_astro/a.js"></script></head></html>`,
  );
  const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  const otherPage = hash('alert(1)');
  writeFileSync(
    join(dist, '_headers.json'),
    JSON.stringify([
      {
        pathname: '/oplata',
        headers: [
          {
            key: 'Content-Security-Policy',
            value: `default-src 'self'; script-src 'self' ${hash(script)} ${otherPage}; style-src 'self' ${otherPage} ${hash(style)};`,
          },
        ],
      },
    ]),
  );
  assert.deepEqual(readStaticHeaders(dist).get('/oplata'), [
    {
      key: 'Content-Security-Policy',
      value: `default-src 'self'; script-src 'self' ${hash(script)}; style-src 'self' ${hash(style)};`,
    },
  ]);
});
