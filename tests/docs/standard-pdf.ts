/**
 * `npm run standard:pdf`: the downloadable PDF of the service standard, printed by Chromium from
 * the same built page as the HTML version (/o-kompanii/standart-kachestva/tekst/), so the two never
 * differ. Run after `npm run build`; writes site/public/files/standart-kachestva.pdf.
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { fromRepoRoot } from '../../core/repo-paths.ts';
import { chromiumLaunchOptions } from '../support/chromium.ts';

const built = fromRepoRoot('dist/client/o-kompanii/standart-kachestva/tekst/index.html');
if (!existsSync(built))
  throw new Error('Run `npm run build` first: dist/client/o-kompanii/standart-kachestva/tekst/ is missing');

const browser = await chromium.launch(chromiumLaunchOptions);
try {
  const page = await browser.newPage();
  // Styles are inlined in the built page, so the file opens without a server.
  await page.goto(pathToFileURL(built).href);
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
