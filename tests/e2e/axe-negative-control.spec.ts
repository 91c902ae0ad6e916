/** Proves axe really runs: a page with known violations must be reported, rule by rule. */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { axeViolations } from '../support/axe.ts';

test('axe reports the violations planted in the negative control page', async ({ page }) => {
  await page.setContent(readFileSync(new URL('./fixtures/axe-negative-control.html', import.meta.url), 'utf8'));
  const ids = (await axeViolations(page)).map((violation) => violation.id);
  for (const rule of ['html-has-lang', 'image-alt', 'label', 'color-contrast', 'link-name']) {
    expect(ids).toContain(rule);
  }
});
