/**
 * `npm run staff -- <command>`: staff accounts from the command line. The password is never an
 * argument (it would stay in shell history and `ps`): it is asked for at a hidden prompt, or read
 * from standard input with --password-stdin. Every change goes to the audit log as `cli:<os user>`.
 *
 *   add-user --email ivanova@example.ru --name "Иванова Мария" --role специалист [--password-stdin]
 *   list
 *   disable --email …      enable --email …      reset-password --email … [--password-stdin]
 */
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { loadEnv } from '../config/env.ts';
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { passwordProblem } from '../staff/passwords.ts';
import { ROLE_NAMES, parseRole } from '../../../core/staff/roles.ts';
import { createStaffService } from '../staff/service.ts';
import { readPassword } from './read-password.ts';

const USAGE = `Как пользоваться: npm run staff -- <команда> [параметры]
  add-user --email <e-mail> --name <ФИО> --role специалист|руководитель|аудитор [--password-stdin]
                                  добавить сотрудника
  list                            список учётных записей
  disable --email <e-mail>        отключить учётную запись (её сеансы завершаются)
  enable --email <e-mail>         включить учётную запись
  reset-password --email <e-mail> [--password-stdin]
                                  задать новый пароль (сеансы сотрудника завершаются)
Пароль спрашивается без отображения на экране; --password-stdin берёт его из первой строки ввода.`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** Unknown options and missing values get one sentence and the usage, not a stack trace. */
function readArguments() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        role: { type: 'string' },
        'password-stdin': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    const option = /'([^']+)'/.exec(error instanceof Error ? error.message : '')?.[1];
    return fail(`${option ? `Неизвестный или неполный параметр ${option}.` : 'Неверные параметры.'}\n${USAGE}`);
  }
}

const { positionals, values } = readArguments();
if (values.help || positionals.length === 0 || positionals[0] === 'help') {
  console.log(USAGE);
  process.exit(0);
}

const PARAMETER_NAMES = { email: 'e-mail', name: 'ФИО', role: 'роль' } as const;

function required(name: 'email' | 'name' | 'role'): string {
  const value = values[name]?.trim();
  if (!value) fail(`Укажите ${PARAMETER_NAMES[name]}: --${name} <значение>.\n${USAGE}`);
  return value;
}

async function newPassword(): Promise<string> {
  const password = await readPassword(values['password-stdin']);
  const problem = passwordProblem(password);
  if (problem) fail(problem);
  return password;
}

const env = loadEnv(process.env);
const { db } = openDatabase(env.DATABASE_URL);
const staff = createStaffService({ db, sessionMinutes: env.STAFF_SESSION_MINUTES, secureCookie: false });
const actor = { actorId: null, actorEmail: `cli:${userInfo().username}` };

try {
  await migrateToLatest(db);
  const [command] = positionals;
  if (command === 'add-user') {
    const email = required('email');
    const name = required('name');
    const role = parseRole(required('role'));
    if (!role) fail(`Роль — одна из: ${Object.values(ROLE_NAMES).join(', ')}.`);
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) fail(`Это не адрес электронной почты: ${email}`);
    if ((await staff.users.findForSignIn(email)) !== undefined) fail(`Учётная запись ${email} уже есть`);
    const user = await staff.users.add({ email, name, role, password: await newPassword() });
    await staff.audit.record({ ...actor, action: 'user-added', target: user.email, details: ROLE_NAMES[role] });
    console.log(`Добавлена учётная запись ${user.email} (${ROLE_NAMES[user.role]})`);
  } else if (command === 'list') {
    for (const user of await staff.users.list()) {
      console.log(`${user.email}\t${user.name}\t${ROLE_NAMES[user.role]}${user.disabled ? '\tотключена' : ''}`);
    }
  } else if (command === 'disable' || command === 'enable') {
    const user = await staff.users.setDisabled(required('email'), command === 'disable');
    if (!user) fail(`Учётной записи ${required('email')} нет`);
    // A disabled account's open sessions end now, not when they expire.
    if (user.disabled) await staff.sessions.revokeAllOf(user.id);
    await staff.audit.record({
      ...actor,
      action: user.disabled ? 'user-disabled' : 'user-enabled',
      target: user.email,
    });
    console.log(`Учётная запись ${user.email} ${user.disabled ? 'отключена, её сеансы завершены' : 'включена'}`);
  } else if (command === 'reset-password') {
    const user = await staff.users.setPassword(required('email'), await newPassword());
    if (!user) fail(`Учётной записи ${required('email')} нет`);
    await staff.sessions.revokeAllOf(user.id);
    await staff.audit.record({ ...actor, action: 'password-reset', target: user.email });
    console.log(`Новый пароль для ${user.email} задан, сеансы сотрудника завершены`);
  } else {
    fail(`Неизвестная команда «${String(command)}».\n${USAGE}`);
  }
} finally {
  await db.destroy();
}
