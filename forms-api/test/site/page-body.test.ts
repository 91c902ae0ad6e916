/**
 * Page POSTs (issue 15): Astro pages parse their body with `formData()`, which throws on anything
 * but a browser form. The server refuses such bodies first (every-door.test.ts walks the pages
 * themselves when the site is built; this checks the rule without a build).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formBodyRefusal } from '../../src/site/page-body.ts';

const body = (text: string) => Buffer.from(text, 'utf8');

test('a browser form passes; JSON, XML, no content type and broken multipart are refused', async () => {
  assert.equal(await formBodyRefusal('application/x-www-form-urlencoded; charset=UTF-8', body('a=1')), null);
  const part = '--b\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--b--\r\n';
  assert.equal(await formBodyRefusal('multipart/form-data; boundary=b', body(part)), null);
  assert.equal(await formBodyRefusal('application/json', body('{"a":1}')), 415);
  assert.equal(await formBodyRefusal('application/xml', body('<a/>')), 415);
  assert.equal(await formBodyRefusal(undefined, body('a=1')), 415);
  assert.equal(await formBodyRefusal('multipart/form-data', body(part)), 400);
  assert.equal(await formBodyRefusal('multipart/form-data; boundary=other', body(part)), 400);
  assert.equal(await formBodyRefusal('multipart/form-data; boundary=b', body(part.slice(0, 40))), 400);
});
