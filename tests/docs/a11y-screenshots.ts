/**
 * `npm run docs:screenshots`: the home page in every scheme of the accessible version at 320 px,
 * for review (docs/accessibility/). Needs a running server: BASE_URL (default
 * http://127.0.0.1:4321, e.g. `npm run serve`).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { fromRepoRoot } from '../../core/repo-paths.ts';
import { A11Y_COOKIE, DEFAULT_SETTINGS, SETTING_OPTIONS, cookieValue } from '../../core/a11y/settings.ts';

const baseUrl = process.env['BASE_URL'] ?? 'http://127.0.0.1:4321';
const outDir = fromRepoRoot('docs/accessibility');
mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({
  ...(existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium' } : {}),
  args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  for (const scheme of SETTING_OPTIONS.scheme) {
    const context = await browser.newContext({ viewport: { width: 320, height: 900 } });
    await context.addCookies([
      { name: A11Y_COOKIE, value: encodeURIComponent(cookieValue({ ...DEFAULT_SETTINGS, scheme })), url: baseUrl },
    ]);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    await page.screenshot({ path: `${outDir}/home-320-${scheme}.png`, fullPage: true });
    await context.close();
  }
} finally {
  await browser.close();
}
