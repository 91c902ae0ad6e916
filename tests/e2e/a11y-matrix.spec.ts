/**
 * The accessible version, proven page by page: one page of every template × the ordinary site and
 * every scheme × font size 100 % and 200 % × widths 320 and 1280 px. In every combination: no
 * sideways scrolling and no text cut off under the WCAG 1.4.12 text-spacing override. axe (WCAG 2.2
 * A/AA, plus 7:1 contrast in the schemes) runs at the two corners, 100 % at 1280 px and 200 % at
 * 320 px: contrast depends on the scheme, not the size, and the corners hold both extremes of the
 * layout. Every other sitemap page runs in the hardest combination (320 px, 200 %, white on black).
 * Sampling like this keeps the matrix to a few minutes on two cores.
 */
import { expect, test } from '@playwright/test';
import { SETTING_OPTIONS } from '../../site/lib/a11y/settings.ts';
import { axeViolations } from '../support/axe.ts';
import { TEXT_SPACING_CSS, addUserCss, clippedText, horizontalOverflow, useA11ySettings } from '../support/a11y.ts';
import { sitemapPaths } from '../support/sitemap.ts';

/** One page per template: home, Markdown page, contacts, search, settings (on demand), 404. */
const TEMPLATE_PAGES = [
  '/',
  '/oplata/',
  '/o-kompanii/kontakty/',
  '/poisk/',
  '/versiya-dlya-slabovidyashchih/',
  '/net-takoy-stranicy/',
];
const SCHEMES = ['ordinary', ...SETTING_OPTIONS.scheme] as const;
const SIZES = ['100', '200'] as const;
const WIDTHS = [320, 1280] as const;

// Up to eight page loads and four axe runs per test.
test.describe.configure({ timeout: 120_000 });

for (const path of TEMPLATE_PAGES) {
  for (const scheme of SCHEMES) {
    test(`${path} in the ${scheme} scheme`, async ({ page, context, baseURL }) => {
      for (const size of SIZES) {
        if (scheme !== 'ordinary') await useA11ySettings(context, baseURL ?? '', { scheme, size });
        for (const width of WIDTHS) {
          // The ordinary site has no size setting: 200 % there is the browser's text size at desktop
          // width (WCAG 1.4.4); reflow at 320 px is what 400 % zoom of 1280 px gives (WCAG 1.4.10).
          if (scheme === 'ordinary' && size === '200' && width === 320) continue;
          const label = `${path} ${scheme} ${size}% ${String(width)}px`;
          await page.setViewportSize({ width, height: 800 });
          await page.goto(path);
          if (scheme === 'ordinary' && size === '200') await addUserCss(page, 'html { font-size: 200% !important; }');
          if ((size === '100') === (width === 1280))
            expect(await axeViolations(page, { enhanced: scheme !== 'ordinary' }), label).toEqual([]);
          expect(await horizontalOverflow(page), `${label}: sideways scroll`).toBe(0);
          await addUserCss(page, TEXT_SPACING_CSS);
          expect(await clippedText(page), `${label}: text cut off with WCAG 1.4.12 spacing`).toEqual([]);
          expect(await horizontalOverflow(page), `${label}: sideways scroll with text spacing`).toBe(0);
        }
      }
    });
  }
}

const otherPages = sitemapPaths().filter((path) => !TEMPLATE_PAGES.includes(path));
for (const path of otherPages) {
  test(`${path} at 320 px, 200 %, white on black`, async ({ page, context, baseURL }) => {
    await useA11ySettings(context, baseURL ?? '', { scheme: 'black', size: '200' });
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(path);
    expect(await axeViolations(page, { enhanced: true })).toEqual([]);
    expect(await horizontalOverflow(page)).toBe(0);
  });
}
