/**
 * Accounts, sign-in, sessions, the access check and retention against a real SQLite and a real
 * PostgreSQL, with a clock the test moves.
 */
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { after, before, describe, test } from 'node:test';
import { loadEnv } from '../../src/config/env.ts';
import { openDatabase } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { createStatusLookup } from '../../src/appeals/status-lookup.ts';
import { createUsedFormTokens } from '../../src/antispam/used-tokens.ts';
import { createAppealRetention } from '../../src/retention/appeals.ts';
import { retentionTasks, runRetention, type RetentionStores } from '../../src/retention/run-retention.ts';
import { GUARD_MESSAGES, type StaffRequest } from '../../src/staff/guard.ts';
import { SIGN_IN_LIMITS } from '../../src/staff/sign-in.ts';
import { createStaffService, type StaffService } from '../../src/staff/service.ts';
import { postgresUnavailableReason, startTestPostgres, type TestPostgres } from '../../../tests/support/postgres.ts';

const PASSWORD = 'correct horse battery';
const SITE = { origin: 'http://127.0.0.1:4321', host: '127.0.0.1:4321' };

function scenario(url: () => string) {
  let staff: StaffService;
  let clock = new Date('2026-11-23T03:00:00Z');
  let destroy: () => Promise<void>;
  let stores: RetentionStores;

  const post = (token: string | undefined, csrf: string | undefined, pathname = '/staff/'): StaffRequest => ({
    method: 'POST',
    pathname,
    token,
    ...SITE,
    csrfToken: () => Promise.resolve(csrf),
    ip: '10.0.0.1',
  });
  const signIn = async (email: string, password = PASSWORD, ip = '10.0.0.1') => staff.signIn({ email, password, ip });
  const tokenOf = async (email: string) => {
    const result = await signIn(email);
    assert.equal(result.outcome, 'signed-in');
    return result.token;
  };

  before(async () => {
    const { db } = openDatabase(url());
    destroy = () => db.destroy();
    await migrateToLatest(db);
    staff = createStaffService({ db, sessionMinutes: 60, secureCookie: false, now: () => clock });
    // No appeals in this scenario: forms-api/test/retention/appeals.test.ts covers them.
    stores = {
      staff,
      appeals: createAppealRetention(db, tmpdir()),
      statusLookup: createStatusLookup(db, { refusalGrounds: [] }),
      usedFormTokens: createUsedFormTokens(db),
    };
    await staff.users.add({
      email: 'Ivanova@Example.ru',
      name: 'Иванова Мария',
      role: 'specialist',
      password: PASSWORD,
    });
    await staff.users.add({ email: 'audit@example.ru', name: 'Петров Пётр', role: 'auditor', password: PASSWORD });
    await staff.users.add({ email: 'gone@example.ru', name: 'Сидоров', role: 'manager', password: PASSWORD });
    await staff.users.setDisabled('gone@example.ru', true);
  });
  after(() => destroy());

  test('the right password signs in, whatever the case of the e-mail, and the session is found by its cookie', async () => {
    const token = await tokenOf(' IVANOVA@example.ru ');
    const session = await staff.sessions.find(token);
    assert.equal(session?.user.email, 'ivanova@example.ru');
    assert.equal(session.user.role, 'specialist');
  });

  test('a wrong password, an unknown e-mail and a disabled account get the same answer', async () => {
    assert.deepEqual(await signIn('ivanova@example.ru', 'wrong password!'), { outcome: 'invalid' });
    assert.deepEqual(await signIn('nobody@example.ru'), { outcome: 'invalid' });
    assert.deepEqual(await signIn('gone@example.ru'), { outcome: 'invalid' });
  });

  test('wrong passwords make an e-mail wait a growing pause, never a lock; the owner gets in after it', async () => {
    const pause = SIGN_IN_LIMITS.firstPauseSeconds * 1000;
    for (const email of ['ivanova@example.ru', 'ghost@example.ru']) {
      for (let i = 0; i < SIGN_IN_LIMITS.perEmail; i += 1) await signIn(email, 'wrong password!', `10.1.0.${i}`);
      // Even the right password is refused during the pause: guessing cannot be confirmed.
      assert.deepEqual(await signIn(email, PASSWORD, '10.2.0.1'), { outcome: 'throttled' });
    }
    // One more failure after the pause doubles the next one.
    clock = new Date(clock.getTime() + pause + 1000);
    assert.deepEqual(await signIn('ivanova@example.ru', 'wrong password!', '10.1.0.9'), { outcome: 'invalid' });
    clock = new Date(clock.getTime() + pause + 1000);
    assert.deepEqual(await signIn('ivanova@example.ru', PASSWORD, '10.2.0.1'), { outcome: 'throttled' });
    // No fifteen-minute lock: after the doubled pause the owner signs in, and that clears the count.
    clock = new Date(clock.getTime() + pause);
    assert.equal((await signIn('ivanova@example.ru')).outcome, 'signed-in');
    assert.deepEqual(await signIn('ivanova@example.ru', 'wrong password!', '10.1.0.9'), { outcome: 'invalid' });
    assert.equal((await signIn('ivanova@example.ru')).outcome, 'signed-in');
  });

  test('a session ends when it expires and when its owner signs out', async () => {
    const token = await tokenOf('ivanova@example.ru');
    clock = new Date(clock.getTime() + 59 * 60_000);
    assert.ok(await staff.sessions.find(token));
    clock = new Date(clock.getTime() + 60_000);
    assert.equal(await staff.sessions.find(token), undefined);

    const second = await tokenOf('ivanova@example.ru');
    const session = await staff.sessions.find(second);
    assert.ok(session);
    await staff.signOut(session, '10.0.0.1');
    assert.equal(await staff.sessions.find(second), undefined);
  });

  test('the audit log records sign-ins, failures and sign-outs with who, what and when', async () => {
    const entries = await staff.audit.list({ actor: 'ivanova', limit: 1000 });
    const actions = new Set(entries.map((entry) => entry.action));
    for (const action of ['sign-in', 'sign-in-failed', 'sign-in-throttled', 'sign-out'])
      assert.ok(actions.has(action), action);
    const signOut = entries.find((entry) => entry.action === 'sign-out');
    assert.equal(signOut?.actor_email, 'ivanova@example.ru');
    assert.equal(signOut.ip, '10.0.0.1');
    assert.equal(signOut.at, clock.toISOString());
  });

  test('the access check: no session, a foreign origin, a missing CSRF token, a read-only auditor', async () => {
    const specialist = await tokenOf('ivanova@example.ru');
    const auditor = await tokenOf('audit@example.ru');
    const csrf = async (token: string) => (await staff.sessions.find(token))?.csrfToken;
    const get = { ...post(undefined, undefined), method: 'GET' };

    assert.deepEqual(await staff.check(get), { outcome: 'sign-in-required' });
    assert.equal((await staff.check({ ...get, token: specialist })).outcome, 'allow');
    // Signing in itself needs no session, but still this site's origin.
    assert.equal((await staff.check(post(undefined, undefined, '/staff/vhod/'))).outcome, 'allow');
    assert.deepEqual(
      await staff.check({ ...post(undefined, undefined, '/staff/vhod/'), origin: 'https://evil.example' }),
      {
        outcome: 'forbidden',
        message: GUARD_MESSAGES.crossSite,
      },
    );
    assert.deepEqual(await staff.check(post(specialist, 'forged')), {
      outcome: 'forbidden',
      message: GUARD_MESSAGES.csrf,
    });
    assert.equal((await staff.check(post(specialist, await csrf(specialist)))).outcome, 'allow');
    assert.deepEqual(await staff.check(post(auditor, await csrf(auditor))), {
      outcome: 'forbidden',
      message: GUARD_MESSAGES.readOnly,
    });
    assert.equal((await staff.check(post(auditor, await csrf(auditor), '/staff/vyhod/'))).outcome, 'allow');
    // The log shows the appeal's number as a person reads it, not percent-encoded.
    const appealPage = `/staff/obrashcheniya/${encodeURIComponent('ВП-2026-000123')}/`;
    assert.equal((await staff.check(post(auditor, await csrf(auditor), appealPage))).outcome, 'forbidden');

    const refusals = await staff.audit.list({ action: 'request-refused' });
    assert.deepEqual(
      refusals.map((entry) => [entry.actor_email, entry.target, entry.details]),
      [
        ['audit@example.ru', 'POST /staff/obrashcheniya/ВП-2026-000123/', GUARD_MESSAGES.readOnly],
        ['audit@example.ru', 'POST /staff/', GUARD_MESSAGES.readOnly],
        ['ivanova@example.ru', 'POST /staff/', GUARD_MESSAGES.csrf],
      ],
    );
  });

  test('a new password ends every session of the account', async () => {
    const token = await tokenOf('ivanova@example.ru');
    const user = await staff.users.setPassword('ivanova@example.ru', 'another long password');
    assert.ok(user);
    await staff.sessions.revokeAllOf(user.id);
    assert.equal(await staff.sessions.find(token), undefined);
    assert.deepEqual(await signIn('ivanova@example.ru'), { outcome: 'invalid' });
  });

  test('retention deletes ended sessions and old audit entries, reports the counts and logs the run', async () => {
    const env = loadEnv({ AUDIT_LOG_RETENTION_DAYS: '30' });
    const entriesBefore = (await staff.audit.list({ limit: 10_000 })).length;
    clock = new Date(clock.getTime() + 31 * 24 * 60 * 60_000);
    await signIn('audit@example.ru'); // one live session and one fresh entry survive
    const report = await runRetention(retentionTasks(env, stores), staff, clock, 'cli:test');
    assert.equal(report.length, 10);
    assert.ok(report.slice(2).every((line) => line.deleted === 0));
    assert.ok((report[0]?.deleted ?? 0) >= 5, 'ended sessions deleted');
    assert.equal(report[1]?.deleted, entriesBefore);
    const left = await staff.audit.list({ limit: 10_000 });
    assert.deepEqual(
      left.map((entry) => entry.action),
      ['retention-run', 'sign-in'],
    );
    assert.match(left[0]?.details ?? '', new RegExp(`журнала действий старше 30 дн\\.: ${entriesBefore}`));
  });
}

describe('on SQLite', () => {
  scenario(() => 'sqlite::memory:');
});

const pgSkip = !process.env['CI'] && postgresUnavailableReason();
describe('on PostgreSQL', { skip: pgSkip ? (postgresUnavailableReason() ?? true) : false }, () => {
  let server: TestPostgres | undefined;
  before(async () => {
    server = await startTestPostgres();
  });
  after(() => server?.stop());
  scenario(() => server?.url ?? '');
});
