/** `npm run staff` as an administrator uses it, against a throwaway SQLite file. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { openDatabase } from '../../src/db/database.ts';
import { fromRepoRoot } from '../../../core/repo-paths.ts';

const dir = mkdtempSync(join(tmpdir(), 'es-staff-cli-'));
const DATABASE_URL = `sqlite:${join(dir, 'staff.sqlite')}`;
after(() => {
  rmSync(dir, { recursive: true, force: true });
});

function staff(args: string[], input = ''): { status: number | null; out: string } {
  const result = spawnSync(process.execPath, ['forms-api/src/cli/staff.ts', ...args], {
    cwd: fromRepoRoot('.'),
    input,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL },
  });
  return { status: result.status, out: result.stdout + result.stderr };
}

test('accounts are added, listed, disabled and given new passwords, each change in the audit log', async () => {
  const email = ['--email', 'Ivanova@Example.ru'];
  const add = ['add-user', ...email, '--name', 'Иванова Мария', '--role', 'руководитель', '--password-stdin'];
  assert.deepEqual(staff(add, 'short\n'), { status: 1, out: 'Пароль должен быть не короче 12 символов\n' });
  assert.deepEqual(staff(add, 'a long enough password\n'), {
    status: 0,
    out: 'Добавлена учётная запись ivanova@example.ru (руководитель)\n',
  });
  assert.deepEqual(staff(add, 'a long enough password\n'), {
    status: 1,
    out: 'Учётная запись Ivanova@Example.ru уже есть\n',
  });
  assert.match(
    staff(['add-user', ...email, '--name', 'X', '--role', 'boss']).out,
    /Роль — одна из: специалист, руководитель, аудитор\./,
  );
  assert.equal(staff(['disable', ...email]).status, 0);
  assert.equal(staff(['list']).out, 'ivanova@example.ru\tИванова Мария\tруководитель\tотключена\n');
  assert.equal(staff(['reset-password', ...email, '--password-stdin'], 'another long password\n').status, 0);
  assert.equal(staff(['disable', '--email', 'nobody@example.ru']).status, 1);

  const { db } = openDatabase(DATABASE_URL);
  try {
    const log = await db
      .selectFrom('staff_audit_log')
      .select(['actor_email', 'action', 'target'])
      .orderBy('id')
      .execute();
    assert.deepEqual(
      log.map((entry) => [entry.action, entry.target]),
      [
        ['user-added', 'ivanova@example.ru'],
        ['user-disabled', 'ivanova@example.ru'],
        ['password-reset', 'ivanova@example.ru'],
      ],
    );
    assert.ok(log.every((entry) => entry.actor_email.startsWith('cli:')));
  } finally {
    await db.destroy();
  }
});

test('--help, an unknown option and an unknown command answer in Russian with the usage, no stack trace', () => {
  for (const args of [['--help'], ['-h'], []]) {
    const help = staff(args);
    assert.equal(help.status, 0, args.join(' '));
    assert.match(help.out, /^Как пользоваться: npm run staff -- <команда>/);
    assert.match(help.out, /add-user --email <e-mail> --name <ФИО>/);
  }
  const unknown = staff(['list', '--emial', 'x@example.ru']);
  assert.equal(unknown.status, 1);
  assert.match(unknown.out, /^Неизвестный или неполный параметр --emial\.\nКак пользоваться/);
  assert.doesNotMatch(unknown.out, /at .*\.ts:\d+|TypeError|ERR_PARSE_ARGS/);
  const command = staff(['remove-user']);
  assert.equal(command.status, 1);
  assert.match(command.out, /^Неизвестная команда «remove-user»\./);
  const missing = staff(['disable']);
  assert.equal(missing.status, 1);
  assert.match(missing.out, /^Укажите e-mail: --email <значение>\./);
});
