/**
 * The first connection to an Uptime Kuma that has just started (issue 21): Kuma listens to a
 * socket's events only after it has sent `info`, may be waiting on its «Setup Database» page,
 * and may lose a packet. The fake behaves like Kuma 2.5.3 on each point.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { test } from 'node:test';
import { fromRepoRoot } from '../../core/repo-paths.ts';
import { connectKuma } from '../src/kuma-client.ts';
import { startFakeKuma } from '../../tests/support/fake-uptime-kuma.ts';

const run = promisify(execFile);
const LOGIN = { username: 'admin', password: 'a-long-admin-password-1' };

function provisionCli(url: string, args: string[] = []) {
  return run(process.execPath, ['--experimental-strip-types', fromRepoRoot('monitoring/cli/provision.ts'), ...args], {
    env: {
      ...process.env,
      UPTIME_KUMA_URL: url,
      UPTIME_KUMA_USERNAME: LOGIN.username,
      UPTIME_KUMA_PASSWORD: LOGIN.password,
      UPTIME_KUMA_WEBHOOK_SECRET: 'first-secret-long-enough-1234567',
      MONITORING_SITE_URL: 'https://www.example.ru',
    },
  });
}

test('a Kuma that is slow to greet a new socket is asked only after its info, and nothing is lost', async (t) => {
  const kuma = await startFakeKuma({}, { infoDelayMs: 400 });
  t.after(() => kuma.close());
  const client = await connectKuma({ url: kuma.url, ...LOGIN, setupIfNeeded: true });
  client.close();
  assert.deepEqual(kuma.state.users, [LOGIN]);
  assert.deepEqual(kuma.state.dropped, []);
});

test('a lost answer to a read or the login is asked for once more', async (t) => {
  const kuma = await startFakeKuma({ users: [LOGIN] }, { ignoreFirst: { login: 1 } });
  t.after(() => kuma.close());
  const client = await connectKuma({ url: kuma.url, ...LOGIN, timeoutMs: 500 });
  client.close();
  assert.deepEqual(kuma.state.dropped, ['login']);
  assert.deepEqual(kuma.state.received, ['login']);
});

test('a write whose answer is lost is not sent twice, and the error names it', async (t) => {
  const kuma = await startFakeKuma({ users: [LOGIN] }, { ignoreFirst: { add: 1 } });
  t.after(() => kuma.close());
  const client = await connectKuma({ url: kuma.url, ...LOGIN, timeoutMs: 500 });
  t.after(() => {
    client.close();
  });
  await assert.rejects(client.call('add', { name: 'x' }), /не ответила на add/);
  assert.equal(kuma.state.monitors.size, 0);
  assert.deepEqual(kuma.state.dropped, ['add']);
});

test('a server that never greets is one clear error, in Russian and English', async (t) => {
  const kuma = await startFakeKuma({}, { infoDelayMs: 60_000 });
  t.after(() => kuma.close());
  await assert.rejects(connectKuma({ url: kuma.url, ...LOGIN, timeoutMs: 300 }), (error: Error) => {
    assert.match(error.message, /не прислала приветствие \(info\)/);
    assert.match(error.message, /sent no info event/);
    return true;
  });
});

test('provisioning a Kuma on its «Setup Database» page says what to do, without a stack trace', async (t) => {
  const kuma = await startFakeKuma({}, { setupDatabase: true });
  t.after(() => kuma.close());
  const failed = await provisionCli(kuma.url).then(
    () => assert.fail('provisioning should fail'),
    (error: unknown) => error as { code: number; stderr: string },
  );
  assert.equal(failed.code, 1);
  assert.match(failed.stderr, /ждёт выбора базы данных на странице «Setup Database»/);
  assert.match(failed.stderr, /UPTIME_KUMA_DB_TYPE=sqlite/);
  assert.match(failed.stderr, /--setup-database sqlite/);
  assert.doesNotMatch(failed.stderr, /TransportError|\n\s+at /);
  assert.equal(kuma.state.databaseType, null);
});

test('with --setup-database sqlite provisioning chooses SQLite on that page and goes on', async (t) => {
  const kuma = await startFakeKuma({}, { setupDatabase: true });
  t.after(() => kuma.close());
  const { stdout } = await provisionCli(kuma.url, ['--setup-database', 'sqlite']);
  assert.match(stdout, /Uptime Kuma database set up: sqlite/);
  assert.match(stdout, /admin user «admin» created/);
  assert.equal(kuma.state.databaseType, 'sqlite');
  assert.equal(kuma.state.monitors.size, 4);
});
