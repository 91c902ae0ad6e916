/**
 * «QR-код для оплаты»: a customer enters the лицевой счёт (and the amount), gets a ГОСТ Р 56042-2014
 * QR that a bank app decodes to the company's details, with and without JavaScript; bad input gets a
 * Russian message at the field.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolationsWithoutJs, expectNoAxeViolations } from '../support/axe.ts';
import { decodeQrSvg, paymentQrSvgFrom } from '../support/qr-decode.ts';

const PAGE = '/oplata/qr-kod/';

/** What the demo content/company.yaml puts into every payment QR. */
const COMPANY_FIELDS = {
  Name: 'Акционерное общество «Томская энергосбытовая компания»',
  PersonalAcc: '40702810600000000000',
  BankName: 'Банк-образец (ПАО «Пример»)',
  BIC: '046900000',
  CorrespAcc: '30101810800000000000',
  PayeeINN: '7000000003',
  KPP: '701701001',
};

function parseQr(text: string): { header: string; fields: Record<string, string> } {
  const [header = '', ...pairs] = text.split('|');
  const fields = Object.fromEntries(
    pairs.map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
  );
  return { header, fields };
}

async function fillAndSubmit(page: Page, account: string, amount: string): Promise<void> {
  await page.getByLabel('Номер лицевого счёта').fill(account);
  await page.getByLabel('Сумма к оплате, ₽ (необязательно)').fill(amount);
  await page.getByRole('button', { name: 'Показать QR-код' }).click();
}

test('the payment page and the home page lead to the QR page', async ({ page }) => {
  await page.goto('/oplata/');
  await page.getByRole('link', { name: 'QR-код для оплаты' }).first().click();
  await expect(page).toHaveURL(PAGE);
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'QR-код для оплаты' })).toHaveAttribute('href', PAGE);
});

test('with JavaScript: the QR carries every field of the standard, the amount in kopecks', async ({
  page,
  browser,
}) => {
  // Decoding in a second browser context plus axe at two widths, on a shared two-core machine.
  test.setTimeout(240_000);
  await page.goto(PAGE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('QR-код для оплаты электроэнергии');
  await expect(page.getByRole('heading', { name: 'Как оплатить без комиссии' })).toBeVisible();
  await fillAndSubmit(page, '700123456', '1 234,56');
  await expect(page).toHaveURL(/accountNumber=700123456/);
  const qr = page.getByRole('img', { name: 'QR-код для оплаты электроэнергии по лицевому счёту 700123456' });
  await expect(qr).toBeVisible();
  await expect(page.getByRole('main')).toContainText('1 234,56 ₽');
  await expect(page.getByRole('main')).toContainText('пример');

  const { header, fields } = parseQr(await decodeQrSvg(browser, paymentQrSvgFrom(await page.content())));
  expect(header).toBe('ST00012');
  expect(fields).toEqual({
    ...COMPANY_FIELDS,
    PersAcc: '700123456',
    Sum: '123456',
    Purpose: 'Оплата электроэнергии, лицевой счёт 700123456',
  });
  await expectNoAxeViolations(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the GET form gives a QR without a sum, which the bank app asks for', async ({ page, browser }) => {
    test.setTimeout(240_000);
    await page.goto(PAGE);
    await fillAndSubmit(page, '700123456', '');
    await expect(page.getByRole('main')).toContainText('не указана — введите её в приложении банка');
    const { header, fields } = parseQr(await decodeQrSvg(browser, paymentQrSvgFrom(await page.content())));
    expect(header).toBe('ST00012');
    expect(fields).toEqual({
      ...COMPANY_FIELDS,
      PersAcc: '700123456',
      Purpose: 'Оплата электроэнергии, лицевой счёт 700123456',
    });
    expect(await axeViolationsWithoutJs(page)).toEqual([]);
  });

  for (const [account, amount, field, message] of [
    ['12345', '', 'accountNumber', 'Номер лицевого счёта состоит из 6–12 цифр'],
    ['70012345A', '', 'accountNumber', 'Номер лицевого счёта состоит из 6–12 цифр'],
    ['', '100', 'accountNumber', 'Введите номер лицевого счёта'],
    ['700123456', '-100', 'amount', 'Введите сумму в рублях — больше нуля'],
    ['700123456', '50000000', 'amount', 'не больше 1 000 000'],
    ['700123456', 'сто рублей', 'amount', 'только цифры и запятая'],
  ] as const) {
    test(`«${account}» / «${amount}» → a message at the field`, async ({ page }) => {
      await page.goto(PAGE);
      await fillAndSubmit(page, account, amount);
      await expect(page).toHaveTitle(/^Ошибка:/);
      await expect(page.locator(`[data-field="${field}"]`)).toContainText(message);
      await expect(page.getByRole('alert')).toContainText(message);
      await expect(page.locator('[data-payment-qr]')).toHaveCount(0);
      // What the customer typed stays in the field to correct.
      await expect(page.getByLabel('Номер лицевого счёта')).toHaveValue(account);
    });
  }
});
