/** Tariff pages as a visitor uses them: tables with captions, the calculator without JavaScript, files, open data. */
import { expect, test, type Browser } from '@playwright/test';
import { addUserCss, horizontalOverflow } from '../support/a11y.ts';
import { axeViolations } from '../support/axe.ts';

test('current tariffs: population and sales-markup anchors, every table captioned, sample values marked', async ({
  page,
}) => {
  await page.goto('/tarify/');
  await expect(page.locator('#naselenie')).toHaveText('Тарифы для населения и приравненных к нему категорий');
  await expect(page.locator('#sbytovaya-nadbavka')).toHaveText('Сбытовая надбавка');
  const tables = page.getByRole('main').getByRole('table');
  expect(await tables.count()).toBeGreaterThanOrEqual(5);
  for (const table of await tables.all()) {
    await expect(table.locator('caption')).not.toBeEmpty();
  }
  // Tables of an announced period are told apart from those in force by their captions.
  const captions = await tables.locator('caption').allTextContents();
  expect(new Set(captions).size).toBe(captions.length);
  await expect(
    page.getByRole('table', { name: 'Население, проживающее в городских населённых пунктах', exact: true }),
  ).toBeVisible();
  await expect(page.getByRole('table', { name: /^Сбытовая надбавка/ }).first()).toBeVisible();
  await expect(page.locator('#naselenie ~ p').getByText('пример', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: /^Приказ от .* № / }).first()).toHaveAttribute('href', /\.pdf$/);
});

test('with 200 % text on a 320 px phone the tariff tables scroll in their own box, never the page', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/tarify/');
  await addUserCss(page, 'html { font-size: 200% !important; }');
  expect(await horizontalOverflow(page)).toBe(0);
  const box = page.getByRole('region', { name: /городских населённых пунктах/ }).first();
  await expect(box).toBeVisible();
  await expect(box.getByRole('table')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('benefits and how to apply them are next to the population tariffs', async ({ page }) => {
  await page.goto('/tarify/');
  await expect(page.locator('#lgoty')).toHaveText('Льготы и порядок их применения');
  const rural = page.getByRole('region', { name: 'Пониженные тарифы для сельских жителей и домов с электроплитами' });
  await expect(rural.getByRole('term')).toHaveText(['Кому положено', 'Как применяется', 'Основание']);
  await expect(rural.getByRole('definition').nth(1)).toContainText('технический паспорт');
  await expect(page.getByRole('region', { name: /^Компенсации и субсидии/ })).toContainText('орган социальной защиты');
  await expect(page.getByRole('link', { name: 'в Интернет-приёмной' })).toHaveAttribute(
    'href',
    '/internet-priemnaya/obrashchenie/',
  );
});

/** axe needs JavaScript, so the page a no-JS visitor reached is checked again in a normal tab. */
async function axeViolationsAt(browser: Browser, url: string) {
  // axe-core/playwright refuses pages made by browser.newPage().
  const context = await browser.newContext({ javaScriptEnabled: true });
  const page = await context.newPage();
  await page.goto(url);
  const violations = await axeViolations(page);
  await context.close();
  return violations;
}

test.describe('the calculator without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('two-zone consumption gives the cost computed by hand', async ({ page, browser }) => {
    await page.goto('/tarify/kalkulyator/');
    const form = page.getByRole('region', { name: 'Тариф, дифференцированный по двум зонам суток' });
    await form.getByLabel('Группа потребителей').selectOption('urban');
    await form.getByLabel(/^Дневная зона/).fill('200');
    await form.getByLabel(/^Ночная зона/).fill('100');
    await form.getByRole('button', { name: 'Рассчитать' }).click();

    await expect(page).toHaveURL(/variant=twoZone/);
    const result = page.getByRole('table', { name: /двум зонам суток/ });
    // Sample prices in force: day 6,21 ₽, night 2,97 ₽. 200 × 6,21 = 1 242,00; 100 × 2,97 = 297,00.
    await expect(result.getByRole('row')).toHaveText([
      /Зона суток/,
      /Дневная зона\s*200\s*6,21\s*1\s242,00\s₽/,
      /Ночная зона\s*100\s*2,97\s*297,00\s₽/,
      /Итого\s*1\s539,00\s₽/,
    ]);
    // The submitted values stay in the form.
    await expect(form.getByLabel(/^Дневная зона/)).toHaveValue('200');
    expect(await axeViolationsAt(browser, page.url())).toEqual([]);
  });

  test('an empty or wrong field gets an error summary, a titled page and messages by the fields', async ({
    page,
    browser,
  }) => {
    await page.goto('/tarify/kalkulyator/');
    const form = page.getByRole('region', { name: 'Тариф, дифференцированный по трём зонам суток' });
    await form.getByLabel(/^Полупиковая зона/).fill('12,5');
    await form.getByRole('button', { name: 'Рассчитать' }).click();

    await expect(page).toHaveTitle(/^Ошибка: Калькулятор стоимости электроэнергии/);
    const summary = page.locator('.es-error-summary');
    await expect(summary.getByRole('heading')).toHaveText('Исправьте ошибки');
    await expect(
      summary.getByRole('link', { name: 'Укажите расход (пиковая зона) в киловатт-часах, например 150' }),
    ).toHaveAttribute('href', '#threeZone-peak');
    const semiPeak = form.getByLabel(/^Полупиковая зона/);
    await expect(semiPeak).toHaveAttribute('aria-invalid', 'true');
    await expect(semiPeak).toHaveValue('12,5');
    await expect(semiPeak).toHaveAccessibleDescription(/целым числом киловатт-часов/);
    expect(await axeViolationsAt(browser, page.url())).toEqual([]);
  });
});

test('the archive: a chart with a text alternative and wide tables that scroll in their own labelled box', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/tarify/arhiv/');
  const chart = page.getByRole('img', { name: /Тарифы по периодам: население, проживающее в городских/ });
  await expect(chart).toBeVisible();
  await expect(chart.locator('desc')).toContainText('Одноставочный тариф: 4,00 → 5,40');
  await page.getByText('Данные графика в виде таблицы').click();
  // A header row and one row per period, the announced 2027 period included.
  await expect(page.getByRole('table', { name: /Тарифы по периодам/ }).getByRole('row')).toHaveCount(8);

  const region = page.getByRole('region', {
    name: /^с 1 июля 2026 г\. по 31 декабря 2026 г\., рублей за 1 кВт·ч с НДС/,
  });
  await expect(region).toHaveAttribute('tabindex', '0');
  const scrolls = await region.evaluate((box) => box.scrollWidth > box.clientWidth);
  expect(scrolls, 'the wide table scrolls inside its box at 320 px').toBe(true);
});

test('price limits: every month lists its files with format, size and a description', async ({ page }) => {
  await page.goto('/tarify/predelnye-urovni/');
  const october = page.getByRole('region', { name: /За октябрь 2026/ });
  await expect(october).toContainText('Опубликовано 12 ноября 2026 г.');
  const item = october.getByRole('listitem').first();
  await expect(item.getByRole('link')).toHaveAttribute('href', '/files/predelnye-urovni/2026-10.xlsx');
  await expect(item).toContainText(/\(XLSX, [\d,]+ КБ\)/);
  await expect(item.locator('p')).toContainText('первой–шестой ценовых категорий');
  const file = await page.request.get('/files/predelnye-urovni/2026-10.xlsx');
  expect(file.status()).toBe(200);
});

test('open data: the same tariffs as JSON and CSV, marked as samples', async ({ request }) => {
  const json = await request.get('/data/tariffs.json');
  expect(json.headers()['content-type']).toContain('application/json');
  const rows = (await json.json()) as Array<{
    validFrom: string;
    group: string;
    zone: string;
    priceRubPerKwh: number;
    sample: boolean;
  }>;
  expect(
    rows.find((row) => row.validFrom === '2026-07-01' && row.group === 'urban' && row.zone === 'day')?.priceRubPerKwh,
  ).toBe(6.21);
  expect(rows.every((row) => row.sample)).toBe(true);

  const csv = await request.get('/data/tariffs.csv');
  expect(csv.headers()['content-type']).toContain('text/csv');
  const lines = (await csv.text()).trim().split('\r\n');
  expect(lines).toHaveLength(rows.length + 1);
  expect(lines[0]).toContain('validFrom,validTo,group');
});
