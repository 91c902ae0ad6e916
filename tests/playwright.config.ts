import { defineConfig } from '@playwright/test';
import { buildSiteIfStale } from '../forms-api/src/site/build-if-stale.ts';
import { fromRepoRoot } from '../core/repo-paths.ts';
import { chromiumLaunchOptions } from './support/chromium.ts';

/** Shared with tests/e2e/outage-notice.spec.ts; only this throwaway server knows it. */
export const E2E_WEBHOOK_SECRET = 'e2e-webhook-secret-not-used-anywhere-else';

/** A port of its own so the suite never talks to a developer's running server. */
const PORT = Number(process.env['E2E_PORT'] ?? 4322);

// Tests are generated from the built sitemap, so the build must exist before they are collected.
buildSiteIfStale(fromRepoRoot('dist'), () => undefined);

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env['CI']),
  reporter: [['list']],
  // Waits, not speed checks: on the 2-core CI machine a CMS rebuild in one worker can hold the
  // other's page scripts back past the default 5 s.
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions,
  },
  webServer: {
    // A fresh database per run: feeds and lists show the newest entries, so what earlier runs
    // published must not push this run's entries out of view.
    command:
      // The Node running Playwright (the project's Node 24), not whichever `node` comes first on PATH.
      `rm -f var/e2e.sqlite var/e2e.sqlite-wal var/e2e.sqlite-shm && ${JSON.stringify(process.execPath)} forms-api/src/cli/serve.ts`,
    cwd: fromRepoRoot('.'),
    url: `http://127.0.0.1:${PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      PORT: String(PORT),
      HOST: '127.0.0.1',
      DATABASE_URL: 'sqlite:var/e2e.sqlite',
      LOG_LEVEL: 'warn',
      // Every spec posts forms from 127.0.0.1 within the same minute (every-form.spec.ts alone sends 11).
      FORMS_RATE_LIMIT_MAX: '100',
      // Playwright fills a form in well under the 3 s no person can beat, which would quarantine every
      // post on a fast machine; that check has its own tests (forms-api/test/antispam).
      FORM_MIN_FILL_MS: '0',
      // The outage-notice spec posts Uptime Kuma webhooks with this secret.
      UPTIME_KUMA_WEBHOOK_SECRET: E2E_WEBHOOK_SECRET,
      // `npm run serve` is production and refuses to start without it (docs/security.md).
      FORM_SECRET: 'e2e-form-secret-not-used-anywhere-else-0123',
    },
  },
});
