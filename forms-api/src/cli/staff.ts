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

const USAGE = `Usage: npm run staff -- <command> [options]
  add-user --email <e-mail> --name <full name> --role специалист|руководитель|аудитор [--password-stdin]
  list
  disable --email <e-mail>
  enable --email <e-mail>
  reset-password --email <e-mail> [--password-stdin]`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    email: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string' },
    'password-stdin': { type: 'boolean', default: false },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function required(name: 'email' | 'name' | 'role'): string {
  const value = values[name]?.trim();
  if (!value) fail(`--${name} is required\n${USAGE}`);
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
    if (!role) fail(`--role must be one of: ${Object.values(ROLE_NAMES).join(', ')}`);
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) fail(`--email is not an e-mail address: ${email}`);
    if ((await staff.users.findForSignIn(email)) !== undefined) fail(`An account for ${email} already exists`);
    const user = await staff.users.add({ email, name, role, password: await newPassword() });
    await staff.audit.record({ ...actor, action: 'user-added', target: user.email, details: ROLE_NAMES[role] });
    console.log(`added ${user.email} (${ROLE_NAMES[user.role]})`);
  } else if (command === 'list') {
    for (const user of await staff.users.list()) {
      console.log(`${user.email}\t${user.name}\t${ROLE_NAMES[user.role]}${user.disabled ? '\tотключена' : ''}`);
    }
  } else if (command === 'disable' || command === 'enable') {
    const user = await staff.users.setDisabled(required('email'), command === 'disable');
    if (!user) fail(`No account for ${required('email')}`);
    // A disabled account's open sessions end now, not when they expire.
    if (user.disabled) await staff.sessions.revokeAllOf(user.id);
    await staff.audit.record({
      ...actor,
      action: user.disabled ? 'user-disabled' : 'user-enabled',
      target: user.email,
    });
    console.log(`${command}d ${user.email}`);
  } else if (command === 'reset-password') {
    const user = await staff.users.setPassword(required('email'), await newPassword());
    if (!user) fail(`No account for ${required('email')}`);
    await staff.sessions.revokeAllOf(user.id);
    await staff.audit.record({ ...actor, action: 'password-reset', target: user.email });
    console.log(`new password set for ${user.email}; their sessions were ended`);
  } else {
    fail(USAGE);
  }
} finally {
  await db.destroy();
}
