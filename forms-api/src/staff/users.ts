/** Staff accounts: added, listed, disabled and given new passwords from the command line (../cli/staff.ts). */
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';
import { hashPassword } from './passwords.ts';
import type { StaffRole } from '../../../core/staff/roles.ts';

export interface StaffUser {
  id: number;
  email: string;
  name: string;
  role: StaffRole;
  disabled: boolean;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function createStaffUsers(db: Kysely<DatabaseSchema>, now: () => Date) {
  const columns = ['id', 'email', 'name', 'role', 'disabled'] as const;
  const toUser = (row: { id: number; email: string; name: string; role: string; disabled: number }): StaffUser => ({
    ...row,
    role: row.role as StaffRole,
    disabled: row.disabled === 1,
  });

  return {
    async add(input: { email: string; name: string; role: StaffRole; password: string }): Promise<StaffUser> {
      const row = await db
        .insertInto('staff_users')
        .values({
          email: normalizeEmail(input.email),
          name: input.name.trim(),
          role: input.role,
          password_hash: await hashPassword(input.password),
          created_at: now().toISOString(),
        })
        .returning(columns)
        .executeTakeFirstOrThrow();
      return toUser(row);
    },

    async list(): Promise<StaffUser[]> {
      return (await db.selectFrom('staff_users').select(columns).orderBy('email').execute()).map(toUser);
    },

    /** The account and its password hash, for signing in. */
    async findForSignIn(email: string) {
      const row = await db
        .selectFrom('staff_users')
        .select([...columns, 'password_hash'])
        .where('email', '=', normalizeEmail(email))
        .executeTakeFirst();
      return row ? { user: toUser(row), passwordHash: row.password_hash } : undefined;
    },

    /** Returns false when no account has this e-mail. */
    async setDisabled(email: string, disabled: boolean): Promise<StaffUser | undefined> {
      const row = await db
        .updateTable('staff_users')
        .set({ disabled: disabled ? 1 : 0 })
        .where('email', '=', normalizeEmail(email))
        .returning(columns)
        .executeTakeFirst();
      return row && toUser(row);
    },

    async setPassword(email: string, password: string): Promise<StaffUser | undefined> {
      const row = await db
        .updateTable('staff_users')
        .set({ password_hash: await hashPassword(password) })
        .where('email', '=', normalizeEmail(email))
        .returning(columns)
        .executeTakeFirst();
      return row && toUser(row);
    },
  };
}

export type StaffUsers = ReturnType<typeof createStaffUsers>;
