/**
 * One browser page per worker, reused test after test, for the specs that check hundreds of pages
 * one by one (every-page, a11y-matrix). A new context and page start a renderer each time, which
 * cost as much as the checks of a whole page. Each test still meets the site as a first visit:
 * no cookies, no cache, no listeners left by the test before; a test that fails takes its worker,
 * and so this page, with it (Playwright starts a new worker).
 */
import { test as base, type Page } from '@playwright/test';
import { AXE_SOURCE } from './axe.ts';
import { recordCspViolations } from './csp-violations.ts';

export const test = base.extend<{ reusedPage: Page }, { workerPage: Page }>({
  workerPage: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL } = workerInfo.project.use;
      const context = await browser.newContext(baseURL ? { baseURL } : {});
      const page = await context.newPage();
      // Every document gets axe and the CSP recorder before its own scripts; the browser's debugging
      // protocol injects them, which the page's Content Security Policy does not govern.
      await context.addInitScript(AXE_SOURCE);
      await recordCspViolations(page);
      // A fresh context starts with an empty cache, and so does every test here: each page fetches
      // its styles, scripts and fonts itself (a third-party one is seen on every page that asks).
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await use(page);
      await context.close();
    },
    { scope: 'worker' },
  ],
  reusedPage: async ({ workerPage }, use) => {
    await workerPage.context().clearCookies();
    await use(workerPage);
    workerPage.removeAllListeners('request');
  },
});
