/**
 * Printing: content pages, the HTML versions of the blank forms (to fill in by hand) and the
 * online appeal forms come out as content only, black on white, in readable type, with room to write.
 */
import { expect, test, type Page } from '@playwright/test';
import { useA11ySettings } from '../support/a11y.ts';

const BLANK_FORMS = ['/dokumenty/blank-zayavleniya/', '/dokumenty/blank-zhaloby/'];

/** Sheets in a PDF Chromium printed (each page object is written out uncompressed). */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
}

/** Navigation, search and the version switch are screen tools: none of them is printed. */
async function expectNoScreenChrome(page: Page): Promise<void> {
  await expect(page.getByRole('navigation', { name: 'Основные разделы' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Вы здесь' })).toBeHidden();
  await expect(page.getByRole('search')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Версия для слабовидящих' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Разделы сайта' })).toBeHidden();
  await expect(page.getByRole('link', { name: 'Перейти к основному содержанию' })).not.toBeInViewport();
}

/** Body text at 12 pt or larger, black on white, whatever the visitor's scheme on screen. */
async function expectReadableText(page: Page, selector: string): Promise<void> {
  const text = await page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const style = getComputedStyle(element);
      return {
        size: parseFloat(style.fontSize),
        colour: style.color,
        paper: getComputedStyle(document.body).backgroundColor,
        page: getComputedStyle(document.documentElement).backgroundColor,
      };
    });
  expect(text.size, 'font size in px (12 pt = 16 px)').toBeGreaterThanOrEqual(16);
  expect(text.colour).toBe('rgb(0, 0, 0)');
  expect(['rgba(0, 0, 0, 0)', 'rgb(255, 255, 255)']).toContain(text.paper);
  expect(text.page).toBe('rgb(255, 255, 255)');
}

test('printing a page leaves out the menu, search and the version switch', async ({ page }) => {
  await page.goto('/oplata/');
  await page.emulateMedia({ media: 'print' });
  await expectNoScreenChrome(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectReadableText(page, 'main p');
});

for (const path of BLANK_FORMS) {
  test(`the blank form ${path} prints on one sheet with a ruled box to write in for every field`, async ({ page }) => {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    await expectNoScreenChrome(page);
    await expectReadableText(page, 'main p');

    const rows = await page.locator('main table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => {
        const [label, blank] = [...tr.querySelectorAll('td')];
        const style = blank ? getComputedStyle(blank) : null;
        const lineHeight = label ? parseFloat(getComputedStyle(label).fontSize) * 1.5 : 0;
        return {
          field: label?.textContent.trim() ?? '',
          empty: (blank?.textContent ?? 'x').trim() === '',
          // Room for a line of handwriting: clearly taller than a line of print.
          roomy: (blank?.getBoundingClientRect().height ?? 0) >= 1.6 * lineHeight,
          wide: (blank?.getBoundingClientRect().width ?? 0) >= 0.5 * (tr.getBoundingClientRect().width || 1),
          ruled:
            style !== null &&
            [style.borderTopStyle, style.borderBottomStyle, style.borderLeftStyle, style.borderRightStyle].every(
              (border) => border === 'solid',
            ) &&
            style.borderTopColor === 'rgb(0, 0, 0)',
        };
      }),
    );
    expect(rows.length).toBeGreaterThanOrEqual(8);
    for (const row of rows)
      expect(row, row.field).toEqual({ field: row.field, empty: true, roomy: true, wide: true, ruled: true });
    await expect(page.getByText('Почтовый адрес:')).toBeVisible();

    // What the printer gets: Chromium's own PDF of the page, A4 with the usual 1 cm margins.
    const margin = '1cm';
    const pdf = await page.pdf({ format: 'A4', margin: { top: margin, right: margin, bottom: margin, left: margin } });
    expect(pdfPages(pdf)).toBe(1);
  });
}

test('the blank form prints black on white even in the green-on-dark-brown scheme at 200 %', async ({
  page,
  context,
  baseURL,
}) => {
  await useA11ySettings(context, baseURL ?? '', { scheme: 'green', size: '200' });
  await page.goto(BLANK_FORMS[0] ?? '');
  await page.emulateMedia({ media: 'print' });
  await expectNoScreenChrome(page);
  await expectReadableText(page, 'main p');
  await expect(page.getByRole('banner').getByText('Томскэнергосбыт')).toHaveCSS('color', 'rgb(0, 0, 0)');
  await expect(page.locator('main td').last()).toHaveCSS('border-bottom-color', 'rgb(0, 0, 0)');
});

test('a printed appeal form shows every field as a box to fill in, without buttons', async ({ page }) => {
  await page.goto('/internet-priemnaya/obrashchenie/');
  await page.emulateMedia({ media: 'print' });
  await expectNoScreenChrome(page);
  await expect(page.getByRole('main').getByRole('button')).toHaveCount(0);
  await expectReadableText(page, 'main label');
  const fields = await page
    .locator('main :is(input[type=text], input[type=email], input[type=tel], input:not([type]), textarea)')
    .evaluateAll((elements) =>
      elements
        .filter((element) => element.checkVisibility())
        .map((element) => {
          const style = getComputedStyle(element);
          return {
            field: element.id,
            boxed: style.borderTopStyle === 'solid' && style.borderTopColor === 'rgb(0, 0, 0)',
            roomy: element.getBoundingClientRect().height >= 2 * parseFloat(style.fontSize),
          };
        }),
    );
  expect(fields.length).toBeGreaterThanOrEqual(5);
  for (const field of fields) expect(field, field.field).toEqual({ field: field.field, boxed: true, roomy: true });
  await expect(page.getByLabel('Текст обращения')).toBeVisible();
});
