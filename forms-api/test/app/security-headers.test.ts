import assert from 'node:assert/strict';
import { test } from 'node:test';
import { build } from '../helper.ts';

test('every response carries the security headers, and a strict CSP for non-pages', async (t) => {
  const app = await build(t);
  const response = await app.inject({ method: 'GET', url: '/api/health' });
  assert.equal(response.headers['x-content-type-options'], 'nosniff');
  assert.equal(response.headers['referrer-policy'], 'strict-origin-when-cross-origin');
  assert.match(String(response.headers['content-security-policy']), /default-src 'none'/);
  assert.match(String(response.headers['content-security-policy']), /frame-ancestors 'none'/);
});

test('HSTS is sent only when the request came over HTTPS through a trusted proxy', async (t) => {
  const app = await build(t, { TRUST_PROXY: 'true' });
  const plain = await app.inject({ method: 'GET', url: '/api/health' });
  assert.equal(plain.headers['strict-transport-security'], undefined);
  const secure = await app.inject({ method: 'GET', url: '/api/health', headers: { 'x-forwarded-proto': 'https' } });
  assert.match(String(secure.headers['strict-transport-security']), /max-age=31536000/);
});

test('JSON is compressed with brotli or gzip when the client accepts it and it is large enough', async (t) => {
  const app = await build(t);
  app.get('/api/test-large', () => ({ text: 'Передать показания '.repeat(200) }));
  const br = await app.inject({ method: 'GET', url: '/api/test-large', headers: { 'accept-encoding': 'br' } });
  assert.equal(br.headers['content-encoding'], 'br');
  const gzip = await app.inject({ method: 'GET', url: '/api/test-large', headers: { 'accept-encoding': 'gzip' } });
  assert.equal(gzip.headers['content-encoding'], 'gzip');
});
