import assert from 'node:assert/strict';
import { randomBytes, scryptSync } from 'node:crypto';
import { test } from 'node:test';
import { build } from '../helper.ts';

test('an over-long sign-in e-mail is refused without writing it to the audit log', async (t) => {
  const app = await build(t);
  await app.ready();
  const huge = `${'a'.repeat(1_000_000)}@example.ru`;
  assert.deepEqual(await app.staff.signIn({ email: huge, password: 'x', ip: '10.0.0.1' }), { outcome: 'invalid' });
  assert.deepEqual(
    await app.staff.signIn({ email: 'ivanova@example.ru', password: 'p'.repeat(100_000), ip: '10.0.0.1' }),
    { outcome: 'invalid' },
  );
  const rows = await app.database.db.selectFrom('staff_audit_log').select('target').execute();
  assert.deepEqual(rows, []);
  // An ordinary wrong try is still logged.
  await app.staff.signIn({ email: 'ivanova@example.ru', password: 'wrong', ip: '10.0.0.1' });
  assert.equal((await app.database.db.selectFrom('staff_audit_log').select('target').execute()).length, 1);
});

test('repeated failed tries from one address are one audit row with a count, not a row per try', async (t) => {
  const app = await build(t);
  await app.ready();
  for (let i = 0; i < 7; i += 1)
    await app.staff.signIn({ email: 'ivanova@example.ru', password: `wrong ${String(i)}`, ip: '10.0.0.1' });
  const rows = await app.database.db
    .selectFrom('staff_audit_log')
    .select(['action', 'repeats', 'details'])
    .orderBy('action')
    .execute();
  // Five checked passwords, then two tries refused during the pause.
  assert.deepEqual(rows, [
    { action: 'sign-in-failed', repeats: 5, details: 'Попыток подряд: 5' },
    { action: 'sign-in-throttled', repeats: 2, details: 'Попыток подряд: 2' },
  ]);
});

test('a password hashed with the old scrypt cost still signs in and is rehashed with N = 2^17', async (t) => {
  const app = await build(t);
  await app.ready();
  const password = 'correct horse battery';
  const salt = randomBytes(16);
  const key = scryptSync(password, salt, 32, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
  const old = ['scrypt', 2 ** 15, 8, 1, salt.toString('base64url'), key.toString('base64url')].join('$');
  await app.staff.users.add({ email: 'ivanova@example.ru', name: 'Иванова', role: 'specialist', password });
  await app.database.db.updateTable('staff_users').set({ password_hash: old }).execute();
  const result = await app.staff.signIn({ email: 'ivanova@example.ru', password, ip: '10.0.0.1' });
  assert.equal(result.outcome, 'signed-in');
  const row = await app.database.db.selectFrom('staff_users').select('password_hash').executeTakeFirstOrThrow();
  assert.match(row.password_hash, /^scrypt\$131072\$8\$1\$/);
  assert.equal(
    (await app.staff.signIn({ email: 'ivanova@example.ru', password, ip: '10.0.0.1' })).outcome,
    'signed-in',
  );
});
