/** How tests and benchmarks launch the browser: Playwright cannot download its own here. */
import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

/** System Chromium (Debian package) when present. */
const executablePath =
  process.env['CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export const chromiumLaunchOptions: LaunchOptions = {
  ...(executablePath ? { executablePath } : {}),
  // Without these Chromium keeps trying to reach Google's services, which this network refuses.
  args: [
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
