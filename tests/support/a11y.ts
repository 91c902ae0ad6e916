/** Helpers for the accessible-version specs: the cookie, and checks a visitor would notice. */
import type { BrowserContext, Page } from '@playwright/test';
import { A11Y_COOKIE, DEFAULT_SETTINGS, cookieValue, type A11ySettings } from '../../core/a11y/settings.ts';

export async function useA11ySettings(
  context: BrowserContext,
  baseURL: string,
  settings: Partial<A11ySettings>,
): Promise<void> {
  const value = encodeURIComponent(cookieValue({ ...DEFAULT_SETTINGS, ...settings }));
  await context.addCookies([{ name: A11Y_COOKIE, value, url: baseURL }]);
}

/** Pixels the page scrolls sideways (0 means it reflows). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** WCAG 1.4.12 bookmarklet values, applied on top of the page. */
export const TEXT_SPACING_CSS = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

/** Elements whose text is cut off: content wider or taller than a box that hides its overflow. */
export async function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((element) => {
        const style = getComputedStyle(element);
        // Form fields scroll their own value (a file field its «no file chosen» text): nothing is lost.
        if (element.closest('.sr-only') || style.display === 'none' || element.matches('input, textarea, select'))
          return false;
        const hidesX = style.overflowX === 'hidden' || style.overflowX === 'clip';
        const hidesY = style.overflowY === 'hidden' || style.overflowY === 'clip';
        return (
          (hidesX && element.scrollWidth > element.clientWidth + 1) ||
          (hidesY && element.scrollHeight > element.clientHeight + 1)
        );
      })
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
  );
}

/** Adds CSS the way a user stylesheet or bookmarklet would (constructed sheets are not blocked by our CSP). */
export async function addUserCss(page: Page, css: string): Promise<void> {
  await page.evaluate((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, css);
}
