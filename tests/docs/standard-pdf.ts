/**
 * `npm run standard:pdf`: the downloadable PDF of the service standard, printed by Chromium from
 * the same built pages as the HTML version (the contents at /o-kompanii/standart-kachestva/tekst/
 * and a page per part below it), so the two never differ. The parts are joined after the contents
 * into one document, whose contents then link within it. Run after `npm run build`; writes
 * site/public/files/standart-kachestva.pdf.
 */
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { fromRepoRoot } from '../../core/repo-paths.ts';
import { chromiumLaunchOptions } from '../support/chromium.ts';

const TEXT_DIR = 'dist/client/o-kompanii/standart-kachestva/tekst';
const built = fromRepoRoot(`${TEXT_DIR}/index.html`);
if (!existsSync(built)) throw new Error(`Run \`npm run build\` first: ${TEXT_DIR}/ is missing`);

/** The <main> of a part's built page, in the order of the contents. */
const partMain = (part: string): string => {
  const html = readFileSync(fromRepoRoot(`${TEXT_DIR}/${part}/index.html`), 'utf8');
  return /<main\b[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
};

const browser = await chromium.launch(chromiumLaunchOptions);
try {
  const page = await browser.newPage();
  // Styles are inlined in the built pages, so the files open without a server.
  await page.goto(pathToFileURL(built).href);
  const hrefs = await page
    .locator('a[data-part]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  const parts = [...new Set(hrefs.map((href) => href.split('/').filter(Boolean).at(-1) ?? ''))];
  await page.evaluate(
    ({ mains }) => {
      const main = document.querySelector('main');
      for (const html of mains) main?.insertAdjacentHTML('beforeend', html);
      for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-part]'))
        link.setAttribute('href', `#${link.dataset['part'] ?? ''}`);
    },
    { mains: parts.map(partMain) },
  );
  await page.emulateMedia({ media: 'print' });
  await page.pdf({
    path: fromRepoRoot('site/public/files/standart-kachestva.pdf'),
    format: 'A4',
    // Bookmarks from the chapter and section headings, and a tagged (accessible) PDF.
    outline: true,
    tagged: true,
    margin: { top: '20mm', bottom: '20mm', left: '20mm', right: '15mm' },
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate:
      '<div style="font-size:9px;width:100%;text-align:center"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
  });
} finally {
  await browser.close();
}
