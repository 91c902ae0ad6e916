/**
 * Staff accounts for e2e specs, created with the real command (`npm run staff -- add-user …
 * --password-stdin`) in the database file the test server uses (tests/playwright.config.ts).
 */
import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { fromRepoRoot } from '../../forms-api/src/config/paths.ts';

export const STAFF_PASSWORD = 'correct horse battery';
export const E2E_DATABASE_URL = 'sqlite:var/e2e.sqlite';

function addUser(email: string, name: string, role: string): void {
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
    { cwd: fromRepoRoot('.'), input: `${STAFF_PASSWORD}\n`, env: { ...process.env, DATABASE_URL: E2E_DATABASE_URL } },
  );
}

/**
 * Tests run in parallel, and a worker may run a beforeAll hook more than once: the account only
 * needs to exist, so «already exists» from an earlier run of the hook is fine.
 */
export function ensureUser(email: string, name: string, role: string): void {
  try {
    addUser(email, name, role);
  } catch (error) {
    if (!String((error as { stderr?: unknown }).stderr).includes('already exists')) throw error;
  }
}

/** Fills and sends the sign-in form the page is on. */
export async function signIn(page: Page, email: string, password = STAFF_PASSWORD): Promise<void> {
  await page.getByLabel('Адрес электронной почты').fill(email);
  await page.getByLabel('Пароль').fill(password);
  await page.getByRole('button', { name: 'Войти' }).click();
}
