import assert from 'node:assert/strict';
import { test } from 'node:test';
import { spawnSync } from 'node:child_process';
import { fromRepoRoot } from '../../../core/repo-paths.ts';
import { loadEnv, missingProductionSecrets } from '../../src/config/env.ts';

test('defaults give the embedded setup: loopback, port 4321, SQLite under var/', () => {
  const env = loadEnv({});
  assert.equal(env.HOST, '127.0.0.1');
  assert.equal(env.PORT, 4321);
  assert.equal(env.DATABASE_URL, 'sqlite:var/site.sqlite');
  assert.equal(env.TRUST_PROXY, false);
});

test('HOST and PORT override the defaults', () => {
  const env = loadEnv({ HOST: '0.0.0.0', PORT: '8080' });
  assert.equal(env.HOST, '0.0.0.0');
  assert.equal(env.PORT, 8080);
});

test('links in e-mails default to the origin the server actually serves, not a fixed 127.0.0.1:4321', () => {
  assert.equal(loadEnv({ PORT: '4431' }).PUBLIC_ORIGIN, 'http://127.0.0.1:4431');
  assert.equal(loadEnv({ HOST: '0.0.0.0', PORT: '8080' }).PUBLIC_ORIGIN, 'http://127.0.0.1:8080');
  assert.equal(loadEnv({ HOST: '::1', PORT: '8080' }).PUBLIC_ORIGIN, 'http://[::1]:8080');
  assert.equal(
    loadEnv({ PORT: '8080', PUBLIC_ORIGIN: 'https://www.example.ru' }).PUBLIC_ORIGIN,
    'https://www.example.ru',
  );
});

test('bad values are all reported at once, by key', () => {
  assert.throws(
    () => loadEnv({ PORT: 'eighty', DATABASE_URL: 'mysql://x', TRUST_PROXY: 'yes' }),
    (error: Error) =>
      /PORT/.test(error.message) &&
      /DATABASE_URL: Use sqlite:<path> or postgres/.test(error.message) &&
      /TRUST_PROXY/.test(error.message),
  );
});

test('staff console and retention settings have safe defaults and refuse unsafe values', () => {
  const env = loadEnv({});
  assert.equal(env.STAFF_SESSION_MINUTES, 480);
  assert.equal(env.STAFF_COOKIE_SECURE, undefined);
  assert.equal(env.AUDIT_LOG_RETENTION_DAYS, 1825);
  assert.equal(env.SUBMISSION_RETENTION_DAYS, 1825);
  assert.throws(
    () => loadEnv({ SUBMISSION_RETENTION_DAYS: '30' }),
    /SUBMISSION_RETENTION_DAYS: Keep appeals at least 365 days/,
  );
  assert.throws(() => loadEnv({ STAFF_SESSION_MINUTES: '0' }), /STAFF_SESSION_MINUTES/);
});

test('npm run serve refuses to start without FORM_SECRET and the webhook secret, in one sentence', () => {
  const serve = (extra: Record<string, string>) =>
    spawnSync(process.execPath, [fromRepoRoot('forms-api/src/cli/serve.ts')], {
      env: { PATH: process.env.PATH, DATABASE_URL: 'sqlite::memory:', PORT: '4419', ...extra },
      encoding: 'utf8',
      timeout: 60_000,
    });
  const bare = serve({});
  assert.equal(bare.status, 1);
  assert.equal(
    bare.stderr.trim(),
    'npm run serve needs FORM_SECRET and UPTIME_KUMA_WEBHOOK_SECRET set (random secrets, e.g. `openssl rand -hex 32`; see .env.example), or use npm start for a local try-out.',
  );
  const half = serve({ FORM_SECRET: 'f'.repeat(32) });
  assert.equal(half.status, 1);
  assert.match(half.stderr, /needs UPTIME_KUMA_WEBHOOK_SECRET set/);
  assert.equal(
    missingProductionSecrets(loadEnv({ FORM_SECRET: 'f'.repeat(32), UPTIME_KUMA_WEBHOOK_SECRET: 'w'.repeat(24) })),
    undefined,
  );
});

test('a bad setting stops npm run serve and npm start with one sentence per problem, no stack trace', () => {
  const run = (script: string, extra: Record<string, string>) =>
    spawnSync(process.execPath, [fromRepoRoot(`forms-api/src/cli/${script}`)], {
      env: { PATH: process.env.PATH, DATABASE_URL: 'sqlite::memory:', PORT: '4419', ...extra },
      encoding: 'utf8',
      timeout: 60_000,
    });
  const serve = run('serve.ts', { FORM_SECRET: 'short', UPTIME_KUMA_WEBHOOK_SECRET: 'w'.repeat(24) });
  assert.equal(serve.status, 1);
  assert.equal(serve.stderr.trim(), 'Setting FORM_SECRET is invalid: Use at least 32 random characters.');
  const start = run('start.ts', { FORM_SECRET: 'short', PUBLIC_ORIGIN: 'not an address' });
  assert.equal(start.status, 1);
  assert.deepEqual(start.stderr.trim().split('\n'), [
    'Setting FORM_SECRET is invalid: Use at least 32 random characters.',
    'Setting PUBLIC_ORIGIN is invalid: Use a full address such as https://www.example.ru.',
  ]);
});
