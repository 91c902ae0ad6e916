/** The search page as a visitor uses it: deep links, keyboard, filters, empty results, no JavaScript. */
import { expect, test, type Page } from '@playwright/test';
import { useA11ySettings } from '../support/a11y.ts';
import { axeViolations } from '../support/axe.ts';

function collectCspErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|WebAssembly/i.test(message.text())) errors.push(message.text());
  });
  return errors;
}

test('a ?q= deep link shows results with section, title and highlighted excerpt, announced in a live region', async ({
  page,
}) => {
  // The axe run alone takes 10–30 s on the shared 2-core machine under load.
  test.setTimeout(60_000);
  const csp = collectCspErrors(page);
  const thirdParty: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('http://127.0.0.1')) thirdParty.push(request.url());
  });
  await page.goto('/poisk/?q=счётчика');
  const status = page.getByRole('main').getByRole('status');
  await expect(status).toHaveText(/^Найден[оа]? \d+ результат(а|ов)? по запросу «счётчика»\.$/);
  const first = page.locator('#search-results li').first();
  await expect(first.locator('.es-search-section')).not.toBeEmpty();
  await expect(first.getByRole('heading', { level: 2 }).getByRole('link')).toBeVisible();
  await expect(page.locator('#search-results mark').first()).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Что вы ищете?' })).toHaveValue('счётчика');
  expect(await axeViolations(page)).toEqual([]);
  expect(csp).toEqual([]);
  expect(thirdParty).toEqual([]);
});

test('the search index travels brotli-compressed, results in one request, and fingerprinted files are cached for good', async ({
  page,
}) => {
  const responses: Array<{ path: string; encoding: string; cache: string }> = [];
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (!path.startsWith('/pagefind/') || path.endsWith('.json')) return;
    const headers = response.headers();
    responses.push({ path, encoding: headers['content-encoding'] ?? '', cache: headers['cache-control'] ?? '' });
  });
  await page.goto('/poisk/');
  await page.getByRole('searchbox', { name: 'Что вы ищете?' }).fill('рассрочка');
  await page.getByRole('button', { name: 'Найти' }).last().click();
  await expect(page.getByRole('main').getByRole('status')).toContainText('по запросу «рассрочка»');
  const kinds = new Set(responses.map((r) => r.path.replace(/^\/pagefind\/([a-z]+).*$/, '$1')));
  // The data of the results shown comes in one answer, not a request per result.
  expect([...kinds].sort()).toEqual(['fragments', 'index', 'pagefind', 'wasm']);
  expect(responses.filter((r) => r.path === '/pagefind/fragments')).toHaveLength(1);
  for (const response of responses) {
    expect(response.encoding, response.path).toBe('br');
    const fingerprinted = /\.pf_(meta|index|fragment|filter)$|^\/pagefind\/fragments$/.test(response.path);
    expect(response.cache, response.path).toBe(fingerprinted ? 'public, max-age=31536000, immutable' : 'no-cache');
  }
});

test('typing in the header search field lets the search page start from the browser cache', async ({ page }) => {
  await page.goto('/oplata/');
  const warmed = ['.pf_meta', 'wasm.ru.pagefind', 'pagefind.js'].map((suffix) =>
    page.waitForEvent('requestfinished', (request) => request.url().endsWith(suffix)),
  );
  const field = page.getByRole('searchbox', { name: 'Поиск по сайту' });
  await field.fill('рассрочка');
  await Promise.all(warmed);
  await field.press('Enter');
  await expect(page.locator('#search-results li').first()).toBeVisible();
  const transferred = () =>
    page.evaluate(() =>
      Object.fromEntries(
        performance
          .getEntriesByType('resource')
          .filter((entry) => /\.pf_meta$|wasm\.ru\.pagefind$/.test(entry.name))
          .map((entry) => [entry.name.replace(/^.*\//, ''), (entry as PerformanceResourceTiming).transferSize]),
      ),
    );
  // Reading the server's results loads no search library (it blocked the page's main thread)...
  expect(await transferred()).toEqual({});
  // ...turning to the form for the next query does, from the cache the header field filled.
  await page.getByRole('searchbox', { name: 'Что вы ищете?' }).focus();
  await expect.poll(async () => Object.keys(await transferred()).length).toBe(2);
  const sizes = Object.entries(await transferred());
  // The metadata straight from the cache, the WebAssembly only revalidated (a 304 without a body).
  for (const [file, size] of sizes) expect(size, file).toBeLessThan(1500);
});

test('a visitor who reaches the search field before the page script has run still gets the search library', async ({
  page,
}) => {
  // Hold the page's script back until the field has focus: on a slow network that is the usual order.
  let release = () => {};
  const scriptHeld = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/poisk\.astro_[^/]*\.js$/, async (route) => {
    await scriptHeld;
    await route.continue();
  });
  const requested = new Set<string>();
  page.on('request', (request) => {
    if (/\.pf_meta$|wasm\.ru\.pagefind$/.test(request.url())) requested.add(request.url().replace(/^.*\//, ''));
  });
  await page.goto('/poisk/?q=рассрочка', { waitUntil: 'commit' });
  await expect(page.locator('#search-results li').first()).toBeVisible();
  await page.getByRole('searchbox', { name: 'Что вы ищете?' }).focus();
  release();
  await expect.poll(() => requested.size).toBe(2);
});

test('search works from the keyboard and keeps a stable URL', async ({ page }) => {
  await page.goto('/poisk/');
  const field = page.getByRole('searchbox', { name: 'Что вы ищете?' });
  await field.focus();
  await page.keyboard.type('рассрочка');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main').getByRole('status')).toContainText('по запросу «рассрочка»');
  await expect(page).toHaveURL(/\/poisk\/\?q=%D1%80%D0%B0%D1%81/);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Найти' }).last()).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: 'Раздел' })).toBeFocused();
  await page
    .locator('#search-results')
    .getByRole('link', { name: 'Можно ли оплатить задолженность в рассрочку?' })
    .focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/voprosy-otvety\/rassrochka-dolga\/$/);
});

test('filters narrow the results to a section and an audience', async ({ page }) => {
  await page.goto('/poisk/?q=договор&section=Вопросы-ответы&audience=Юридическим лицам');
  await expect(page.getByRole('combobox', { name: 'Раздел' })).toHaveValue('Вопросы-ответы');
  await expect(page.getByRole('main').getByRole('status')).toContainText('по запросу «договор»');
  const sections = await page.locator('#search-results .es-search-section').allTextContents();
  expect(sections.length).toBeGreaterThan(0);
  expect(new Set(sections)).toEqual(new Set(['Вопросы-ответы']));
  const results = page.getByRole('main');
  await expect(results.getByRole('link', { name: 'Как гражданину заключить договор энергоснабжения?' })).toHaveCount(0);
  await expect(results.getByRole('link', { name: 'Как организации заключить договор энергоснабжения?' })).toBeVisible();
});

test('tariff pages are found and carry the section «Тарифы»', async ({ page }) => {
  await page.goto('/poisk/?q=сбытовая надбавка&section=Тарифы');
  await expect(page.getByRole('main').getByRole('status')).toContainText('по запросу «сбытовая надбавка»');
  const first = page.locator('#search-results li').first();
  await expect(first.locator('.es-search-section')).toHaveText('Тарифы');
  await expect(first.getByRole('link', { name: 'Тарифы на электроэнергию' })).toHaveAttribute('href', '/tarify/');
});

test('the accessible version searches at 320 px with large text and keeps the results readable', async ({
  page,
  context,
  baseURL,
}) => {
  // The enhanced axe run alone takes 10–20 s on the shared 2-core machine.
  test.setTimeout(60_000);
  await useA11ySettings(context, baseURL ?? '', { scheme: 'black', size: '200' });
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('/poisk/?q=передать показания');
  await expect(page.locator('html')).toHaveAttribute('data-a11y-scheme', 'black');
  await expect(page.getByRole('main').getByRole('status')).toContainText('Найден');
  await expect(page.locator('#search-results mark').first()).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
  expect(await axeViolations(page, { enhanced: true })).toEqual([]);
});

// Pagefind tolerates typos, so only a string with no near Russian word finds nothing at all.
test('an empty result says so and offers to ask a specialist with the query carried over', async ({ page }) => {
  await page.goto('/poisk/?q=qwxzv');
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/^Ничего не найдено по запросу «qwxzv»/);
  const ask = page.getByRole('link', { name: 'Задайте вопрос специалисту' });
  await expect(ask).toHaveAttribute('href', '/internet-priemnaya/vopros/?text=qwxzv');
});

test('a phone-sized screen shows results without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('/poisk/?q=оплата без комиссии');
  await expect(page.getByRole('main').getByRole('status')).toContainText('Найден');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
});

test('results never show the vocabulary line the index carries', async ({ page }) => {
  await page.goto('/poisk/?q=ПУ');
  await expect(page.locator('#search-results li').first()).toBeVisible();
  const excerpts = await page.locator('#search-results li > p:not(.es-search-section)').allTextContents();
  for (const excerpt of excerpts) expect(excerpt).not.toMatch(/прибор учёта, ПУ|⁂/);
});

test("a customer's word only an answer's «Как ещё спрашивают» has finds that answer, and no excerpt shows the phrasings", async ({
  page,
}) => {
  // «спам» is in none of the site's texts, only in a phrasing of the answer about mailings.
  await page.goto('/poisk/?q=спам от энергосбыта');
  const results = page.locator('#search-results li');
  await expect(results.first().getByRole('link')).toHaveAttribute(
    'href',
    '/internet-priemnaya/voprosy-otvety/rassylki-v-lichnom-kabinete/',
  );
  const excerpts = await page.locator('#search-results li > p:not(.es-search-section)').allTextContents();
  expect(excerpts.length).toBeGreaterThan(0);
  for (const excerpt of excerpts) expect(excerpt).not.toMatch(/спам|отписаться от рассылки|⁂/i);
});

test('a section page rendered on request is found by its «Как ещё спрашивают», which its HTML never carries', async ({
  page,
  request,
}) => {
  await page.goto('/poisk/?q=когда дадут свет');
  await expect(page.locator('#search-results li').first()).toBeVisible();
  // Among the first three: an answer about the networks may come first, as for any outage question.
  const top = await page
    .locator('#search-results li')
    .evaluateAll((items) => items.slice(0, 3).map((item) => item.querySelector('a')?.getAttribute('href')));
  expect(top).toContain('/otklyucheniya/');
  const html = await (await request.get('/otklyucheniya/')).text();
  expect(html).toContain('data-pagefind-body');
  expect(html).not.toMatch(/data-es-search-phrases|когда дадут свет/);
});

test('a task query puts the form of the task first', async ({ page }) => {
  await page.goto('/poisk/?q=жалоба на начисление');
  await expect(page.locator('#search-results li').first().getByRole('link')).toHaveAttribute(
    'href',
    '/internet-priemnaya/zhaloba/',
  );
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the server answers a query with ranked results, filters and more results on request', async ({ page }) => {
    await page.goto('/poisk/');
    await page.getByRole('searchbox', { name: 'Что вы ищете?' }).fill('счётчик');
    await page.getByRole('combobox', { name: 'Раздел' }).selectOption('Вопросы-ответы');
    await page.getByRole('button', { name: 'Найти' }).last().click();
    await expect(page).toHaveURL(/\/poisk\/\?q=/);
    await expect(page.getByRole('main').getByRole('status')).toHaveText(
      /^Найден[оа]? \d+ результат(а|ов)? по запросу «счётчик»\.$/,
    );
    await expect(page.getByRole('combobox', { name: 'Раздел' })).toHaveValue('Вопросы-ответы');
    const sections = await page.locator('#search-results .es-search-section').allTextContents();
    expect(new Set(sections)).toEqual(new Set(['Вопросы-ответы']));
    await expect(page.locator('#search-results mark').first()).toBeVisible();
    await page.getByRole('link', { name: 'Показать ещё' }).click();
    await expect.poll(() => page.locator('#search-results li').count()).toBeGreaterThan(sections.length);
    const ask = page.getByRole('link', { name: 'Задайте вопрос специалисту' });
    await expect(ask).toHaveAttribute(
      'href',
      `/internet-priemnaya/vopros/?${new URLSearchParams({ text: 'счётчик' }).toString()}`,
    );
  });
});
