import assert from 'node:assert/strict';
import { test } from 'node:test';
import { build, buildTestApp } from '../helper.ts';

const ipBehind = async (trust: string, forwardedFor: string) => {
  const app = await buildTestApp({ TRUST_PROXY: trust });
  app.get('/api/test-ip', (request) => ({ ip: request.ip }));
  const response = await app.inject({
    method: 'GET',
    url: '/api/test-ip',
    headers: { 'x-forwarded-for': forwardedFor },
  });
  await app.close();
  return response.json<{ ip: string }>().ip;
};

test('TRUST_PROXY=true trusts the local proxy only: a client cannot choose its address by sending X-Forwarded-For', async () => {
  // nginx appends the real peer; whatever the client put in front of it is ignored.
  assert.equal(await ipBehind('true', '6.6.6.6, 203.0.113.7'), '203.0.113.7');
  assert.equal(await ipBehind('true', '7.7.7.7, 203.0.113.7'), '203.0.113.7');
  assert.equal(await ipBehind('true', '203.0.113.7, 127.0.0.1'), '203.0.113.7');
  // A list trusts only those proxies (here the test's own loopback peer and a second one).
  assert.equal(await ipBehind('127.0.0.1, 10.0.0.0/8', '6.6.6.6, 203.0.113.7, 10.0.0.5'), '203.0.113.7');
  assert.equal(await ipBehind('false', '6.6.6.6'), '127.0.0.1');
});

test('rotating X-Forwarded-For does not escape the form rate limit behind one proxy', async (t) => {
  const app = await build(t, { TRUST_PROXY: 'true', FORMS_RATE_LIMIT_MAX: '1' });
  const send = (hop: string) =>
    app.inject({
      method: 'POST',
      url: '/api/forms/question',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': `${hop}, 203.0.113.7` },
      payload: {},
    });
  assert.equal((await send('1.1.1.1')).statusCode, 400);
  assert.equal((await send('2.2.2.2')).statusCode, 429);
});
