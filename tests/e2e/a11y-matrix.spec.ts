/**
 * The accessible version, proven page by page: one page of every template × the ordinary site and
 * every scheme × font size 100 % and 200 % × widths 320 and 1280 px. In every one of the four
 * corners: axe (WCAG 2.2 A/AA, plus 7:1 contrast in the schemes), no sideways scrolling, and no
 * text cut off under the WCAG 1.4.12 text-spacing override. Every other page (the sitemap and the
 * on-demand pages) runs in the hardest corner, 320 px at 200 %, in one scheme each, taking the
 * schemes in turn so each of them meets many templates. Sampling like this keeps the matrix to a
 * few minutes on two cores (timing in docs/accessibility/README.md).
 */
import { expect, type Page } from '@playwright/test';
import { SETTING_OPTIONS } from '../../core/a11y/settings.ts';
import { axeViolations } from '../support/axe.ts';
import { TEXT_SPACING_CSS, addUserCss, clippedText, horizontalOverflow, useA11ySettings } from '../support/a11y.ts';
import { test } from '../support/reused-page.ts';
import { sitePaths } from '../support/sitemap.ts';

/** One page per template: home, Markdown page, contacts, search, settings and an appeal form (on demand), 404. */
const TEMPLATE_PAGES = [
  '/',
  '/oplata/',
  '/o-kompanii/kontakty/',
  '/poisk/',
  '/versiya-dlya-slabovidyashchih/',
  '/internet-priemnaya/vopros/',
  '/net-takoy-stranicy/',
];
/** URLs the page asked for from anywhere but this server (fonts, counters, CDNs): there must be none. */
function thirdPartyRequests(page: Page, baseURL: string | undefined): string[] {
  const own = new URL(baseURL ?? 'http://127.0.0.1').host;
  const urls: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && url.host !== own) urls.push(request.url());
  });
  return urls;
}

const SCHEMES = ['ordinary', ...SETTING_OPTIONS.scheme] as const;
const SIZES = ['100', '200'] as const;
const WIDTHS = [320, 1280] as const;

// Up to eight page loads and four axe runs per test.
test.describe.configure({ timeout: 180_000 });

for (const path of TEMPLATE_PAGES) {
  for (const scheme of SCHEMES) {
    test(`${path} in the ${scheme} scheme`, async ({ reusedPage: page, baseURL }) => {
      const thirdParty = thirdPartyRequests(page, baseURL);
      for (const size of SIZES) {
        if (scheme !== 'ordinary') await useA11ySettings(page.context(), baseURL ?? '', { scheme, size });
        for (const width of WIDTHS) {
          const label = `${path} ${scheme} ${size}% ${String(width)}px`;
          await page.setViewportSize({ width, height: 800 });
          await page.goto(path);
          // The ordinary site has no size setting: 200 % there is the visitor's own text size (WCAG
          // 1.4.4), which must still reflow on a phone (WCAG 1.4.10).
          if (scheme === 'ordinary' && size === '200') await addUserCss(page, 'html { font-size: 200% !important; }');
          expect(await axeViolations(page, { enhanced: scheme !== 'ordinary' }), label).toEqual([]);
          expect(await horizontalOverflow(page), `${label}: sideways scroll`).toBe(0);
          await addUserCss(page, TEXT_SPACING_CSS);
          expect(await clippedText(page), `${label}: text cut off with WCAG 1.4.12 spacing`).toEqual([]);
          expect(await horizontalOverflow(page), `${label}: sideways scroll with text spacing`).toBe(0);
        }
      }
      expect(thirdParty).toEqual([]);
    });
  }
}

// The panel's own widest spacing, tallest lines and the serif font, at the hardest corner.
TEMPLATE_PAGES.forEach((path, index) => {
  const scheme = SETTING_OPTIONS.scheme[index % SETTING_OPTIONS.scheme.length] ?? 'black';
  test(`${path} with large letter spacing, line height and serif font at 320 px, 200 %`, async ({
    reusedPage: page,
    baseURL,
  }) => {
    await useA11ySettings(page.context(), baseURL ?? '', {
      scheme,
      size: '200',
      spacing: 'large',
      leading: 'large',
      font: 'serif',
    });
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(path);
    // The settings really apply: lines twice the text size, letters 0.2 em apart.
    const text = await page
      .locator('main p')
      .first()
      .evaluate((p) => {
        const style = getComputedStyle(p);
        return [style.lineHeight, style.letterSpacing].map((value) => parseFloat(value) / parseFloat(style.fontSize));
      });
    expect(text.map((ratio) => ratio.toFixed(2))).toEqual(['2.00', '0.20']);
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await clippedText(page)).toEqual([]);
  });
});

const otherPages = sitePaths().filter((path) => !TEMPLATE_PAGES.includes(path));
otherPages.forEach((path, index) => {
  const scheme = SETTING_OPTIONS.scheme[index % SETTING_OPTIONS.scheme.length] ?? 'black';
  test(`${path} at 320 px, 200 %, ${scheme} scheme`, async ({ reusedPage: page, baseURL }) => {
    const thirdParty = thirdPartyRequests(page, baseURL);
    await useA11ySettings(page.context(), baseURL ?? '', { scheme, size: '200' });
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(path);
    expect(await axeViolations(page, { enhanced: true })).toEqual([]);
    expect(await horizontalOverflow(page)).toBe(0);
    expect(thirdParty).toEqual([]);
  });
});
