/**
 * Staff accounts for console specs, created with the real command
 * (`npm run staff -- add-user … --password-stdin`) in the e2e server's database.
 */
import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { fromRepoRoot } from '../../core/repo-paths.ts';

function addUser(email: string, name: string, role: string, password: string): void {
  execFileSync(
    process.execPath,
    [
      '--experimental-strip-types',
      'forms-api/src/cli/staff.ts',
      'add-user',
      '--email',
      email,
      '--name',
      name,
      '--role',
      role,
      '--password-stdin',
    ],
    // The same database file the test server uses (tests/playwright.config.ts).
    { cwd: fromRepoRoot('.'), input: `${password}\n`, env: { ...process.env, DATABASE_URL: 'sqlite:var/e2e.sqlite' } },
  );
}

/**
 * Tests run in parallel, and a worker may run a beforeAll hook more than once: the account only
 * needs to exist, so «уже есть» from an earlier run of the hook is fine.
 */
export function ensureStaffUser(email: string, name: string, role: string, password: string): void {
  try {
    addUser(email, name, role, password);
  } catch (error) {
    // The command speaks Russian: «Учётная запись … уже есть».
    if (!String((error as { stderr?: unknown }).stderr).includes('уже есть')) throw error;
  }
}

/** Fills and sends the sign-in form the page is on. */
export async function signInAs(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Адрес электронной почты').fill(email);
  await page.getByLabel('Пароль').fill(password);
  await page.getByRole('button', { name: 'Войти' }).click();
}
