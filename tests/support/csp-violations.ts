/** The Content Security Policy violations a page meets, as the page itself sees them. */
import type { Page } from '@playwright/test';

/**
 * Records the page's `securitypolicyviolation` events from the first script on: a violation
 * caught by the page's own code (zod's `new Function` probe) never reaches the console.
 */
export async function recordCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(
        `${event.effectiveDirective} blocked ${event.blockedURI} (${event.sourceFile}:${String(event.lineNumber)})`,
      );
    });
  });
}

/** The violations recorded in the current document (see recordCspViolations). */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}
