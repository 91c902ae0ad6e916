import assert from 'node:assert/strict';
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
