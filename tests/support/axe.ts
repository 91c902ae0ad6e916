import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The minified build of the axe-core that @axe-core/playwright itself runs (less than half of its source). */
export const AXE_SOURCE = readFileSync(
  createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright')).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * Puts axe into every frame of the page that lacks it (tests/support/reused-page.ts preloads it).
 * AxeBuilder evaluates its full 1.5 MB source twice per run, which took longer than the run itself.
 */
async function injectAxe(page: Page): Promise<void> {
  for (const frame of page.frames()) {
    const present = await frame
      .evaluate(() => typeof (window as { axe?: { run?: unknown } }).axe?.run === 'function')
      .catch(() => true);
    if (present) continue;
    // As AxeBuilder does: the page itself must take axe; a frame that goes away meanwhile is skipped.
    if (frame === page.mainFrame()) await frame.evaluate(AXE_SOURCE);
    else await frame.evaluate(AXE_SOURCE).catch(() => undefined);
  }
}

/** WCAG 2.0–2.2 A and AA plus axe's best practices, as Starlight's a11y suite runs them. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * `enhanced` also runs `color-contrast-enhanced` (7:1, WCAG 1.4.6), which axe leaves off unless
 * a rule option enables it by name: the accessible version promises it in every scheme. The rule
 * option comes on top of the tags; without them axe would run its default rules (ten fewer).
 */
export async function axeViolations(
  page: Page,
  options: { enhanced?: boolean } = {},
): Promise<Array<{ id: string; targets: string[] }>> {
  // Legacy mode is one `axe.run` in the page; the default opens a blank page per run to merge the
  // results of cross-origin frames, which our pages never have (no third-party requests, no
  // iframes), and doubles the time of every axe run in the suite.
  await injectAxe(page);
  // axe is in place: AxeBuilder's own injection gets a no-op script.
  const builder = new AxeBuilder({ page, axeSource: 'void 0' }).setLegacyMode(true).options({
    runOnly: { type: 'tag', values: WCAG_TAGS },
    ...(options.enhanced ? { rules: { 'color-contrast-enhanced': { enabled: true } } } : {}),
    // Only violations are asserted: axe need not list every node that passes (a third of its time).
    resultTypes: ['violations'],
  });
  const results = await builder.analyze();
  return results.violations.map((violation) => ({
    id: violation.id,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
}

/** No violations at 320 px (where reflow problems show), then back to a desktop width. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await axeViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 800 });
}

/**
 * axe runs inside the page, which a `javaScriptEnabled: false` context forbids: check a copy of
 * the page's current HTML in a fresh page of the same browser instead (styles are inlined).
 */
export async function axeViolationsWithoutJs(page: Page): Promise<Array<{ id: string; targets: string[] }>> {
  const html = await page.content();
  const browser = page.context().browser();
  if (!browser) throw new Error('no browser');
  // Explicit: Playwright Test applies the test's `use` options (JS off) to new contexts too.
  const context = await browser.newContext({ javaScriptEnabled: true });
  try {
    const copy = await context.newPage();
    await copy.setContent(html);
    return await axeViolations(copy);
  } finally {
    await context.close();
  }
}
