/**
 * Every form of the Интернет-приёмная, end to end in a browser, without and with JavaScript: its
 * page is filled with the form's valid example (the same one the API tests post) and sent; the
 * person gets a registration number with that form's prefix — on the receipt page after a plain
 * HTML post, or in place on the form's page when the script sends it.
 */
import { expect, test, type Page } from '@playwright/test';
import { forms } from '../../content/schemas/forms/index.ts';
import { validBodies } from '../../forms-api/test/routes/api/forms/fixtures.ts';

/** Fills one control the way a person would: ticks boxes, picks options, types text. */
async function fillField(page: Page, name: string, value: unknown): Promise<void> {
  const controls = page.locator(`form[data-enhanced-form] [name="${name}"]`);
  const first = controls.first();
  const type = await first.getAttribute('type');
  const tag = await first.evaluate((element) => element.tagName.toLowerCase());
  if (type === 'checkbox') await first.check();
  else if (type === 'radio') await controls.and(page.locator(`[value="${String(value)}"]`)).check();
  else if (tag === 'select') await first.selectOption(String(value));
  else await first.fill(String(value));
}

async function fillValidExample(page: Page, formType: string): Promise<void> {
  for (const [name, value] of Object.entries(validBodies[formType] ?? {})) await fillField(page, name, value);
}

const numberOf = (prefix: string) => new RegExp(`${prefix}-\\d{4}-\\d{6}`);

test.describe('every form without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const form of forms) {
    test(`«${form.title}» is accepted with a ${form.prefix} number`, async ({ page }) => {
      await page.goto(form.pagePath);
      await fillValidExample(page, form.type);
      await page.getByRole('button', { name: 'Отправить' }).click();
      await expect(page).toHaveURL(/\/internet-priemnaya\/prinyato\/\?r=/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Обращение принято');
      await expect(page.getByText(numberOf(form.prefix))).toBeVisible();
    });
  }
});

test.describe('every form with JavaScript', () => {
  for (const form of forms) {
    test(`«${form.title}» shows its ${form.prefix} number in place of the form`, async ({ page }) => {
      await page.goto(form.pagePath);
      await fillValidExample(page, form.type);
      await page.getByRole('button', { name: 'Отправить' }).click();
      const receipt = page.locator('[data-receipt]');
      await expect(receipt).toBeFocused();
      await expect(receipt.getByText(numberOf(form.prefix))).toBeVisible();
      // The address is the receipt's, so a reload shows the receipt, not an empty form to send again.
      await expect(page).toHaveURL(/\/internet-priemnaya\/prinyato\/\?r=/);
    });
  }
});
