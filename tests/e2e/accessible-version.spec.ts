/**
 * «Версия для слабовидящих» as a visitor uses it: with and without JavaScript, kept across pages
 * and reloads, announced politely, no speech unless asked for, no third-party requests.
 */
import { expect, test, type Page } from '@playwright/test';
import { useA11ySettings } from '../support/a11y.ts';

const html = (page: Page) => page.locator('html');
const banner = (page: Page) => page.getByRole('banner');
const bar = (page: Page) => page.getByRole('region', { name: 'Версия для слабовидящих' });

test.describe('without JavaScript, served by the Node server', () => {
  test.use({ javaScriptEnabled: false });

  test('the switch, the bar, the settings page and «Обычная версия» all work by posting', async ({ page }) => {
    await page.goto('/oplata/');
    await expect(bar(page)).toBeHidden();
    await banner(page).getByRole('button', { name: 'Версия для слабовидящих' }).click();
    await expect(page).toHaveURL(/\/oplata\/$/);
    await expect(html(page)).toHaveAttribute('data-a11y-scheme', 'white');
    await expect(html(page)).toHaveAttribute('data-a11y-size', '150');

    await bar(page).getByRole('button', { name: 'Белым по чёрному' }).click();
    await expect(page).toHaveURL(/\/oplata\/$/);
    await expect(html(page)).toHaveAttribute('data-a11y-scheme', 'black');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(0, 0, 0)');
    // The current choice is marked for screen readers too, without script.
    await expect(bar(page).getByRole('button', { name: 'Белым по чёрному (выбрано)' })).toBeVisible();

    await bar(page).getByRole('button', { name: 'Увеличить шрифт' }).click();
    await expect(html(page)).toHaveAttribute('data-a11y-size', '175');

    await bar(page).getByRole('link', { name: 'Все настройки' }).click();
    await expect(page.getByRole('radio', { name: 'Белым по чёрному' })).toBeChecked();
    await expect(page.getByRole('radio', { name: '175 %' })).toBeChecked();
    await page.getByRole('group', { name: 'Шрифт' }).getByRole('radio', { name: 'С засечками' }).check();
    await page.getByRole('group', { name: 'Изображения' }).getByRole('radio', { name: 'Чёрно-белые' }).check();
    await page.getByRole('button', { name: 'Применить' }).click();
    await expect(page).toHaveURL(/\/oplata\/$/);
    await expect(html(page)).toHaveAttribute('data-a11y-font', 'serif');
    await expect(html(page)).toHaveAttribute('data-a11y-images', 'grayscale');

    // «Сбросить настройки» keeps the version on with its defaults.
    await bar(page).getByRole('button', { name: 'Сбросить настройки' }).click();
    await expect(page).toHaveURL(/\/oplata\/$/);
    await expect(html(page)).toHaveAttribute('data-a11y-scheme', 'white');
    await expect(html(page)).toHaveAttribute('data-a11y-size', '150');
    await expect(html(page)).toHaveAttribute('data-a11y-font', 'sans');
    await expect(html(page)).toHaveAttribute('data-a11y-images', 'on');

    await banner(page).getByRole('button', { name: 'Обычная версия' }).click();
    await expect(page).toHaveURL(/\/oplata\/$/);
    await expect(html(page)).not.toHaveAttribute('data-a11y-scheme', /.*/);
    expect((await page.context().cookies()).map((cookie) => cookie.name)).not.toContain('a11y');
  });

  test('a setting that is not offered shows the GOV.UK error pattern', async ({ page }) => {
    await page.goto('/versiya-dlya-slabovidyashchih/');
    // A stale form or a hand-made request: the page must say what is wrong, not fail.
    await page
      .locator('input[name=scheme]')
      .first()
      .evaluate((input) => {
        input.setAttribute('value', 'pink');
      });
    await page.locator('input[name=scheme]').first().check();
    await page.getByRole('button', { name: 'Включить версию для слабовидящих' }).click();
    await expect(page).toHaveTitle(/^Ошибка: /);
    const summary = page.getByRole('alert');
    await expect(summary.getByRole('heading', { name: 'Исправьте ошибки в форме' })).toBeVisible();
    await expect(summary.getByRole('link', { name: 'Выберите значение из списка: «Цветовая схема»' })).toHaveAttribute(
      'href',
      '#scheme',
    );
    const group = page.getByRole('group', { name: 'Цветовая схема' });
    await expect(group).toHaveAccessibleDescription('Ошибка: Выберите значение из списка: «Цветовая схема»');
    await expect(page.locator('#scheme')).toHaveAttribute('aria-invalid', 'true');
  });
});

test('the cookie lasts a year, for the whole site, and is not sent cross-site', async ({ request, baseURL }) => {
  const response = await request.post('/versiya-dlya-slabovidyashchih/', {
    // Astro refuses form posts from other origins; a browser always sends Origin with them.
    headers: { Origin: baseURL ?? '' },
    form: { action: 'on', back: '//evil.example/' },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(303);
  expect(response.headers()['location']).toBe('/versiya-dlya-slabovidyashchih/');
  const cookie = response.headers()['set-cookie'] ?? '';
  expect(cookie).toMatch(/^a11y=/);
  expect(cookie).toContain('Max-Age=31536000');
  expect(cookie).toContain('Path=/');
  expect(cookie).toContain('SameSite=Lax');
});

test('the server applies the settings before any script runs, on every kind of page', async ({ request }) => {
  const headers = { cookie: 'a11y=scheme%3Dgreen%26size%3D200' };
  for (const path of ['/', '/oplata/', '/versiya-dlya-slabovidyashchih/', '/net-takoy-stranicy/']) {
    const body = await (await request.get(path, { headers })).text();
    expect(body, path).toMatch(/<html lang="ru"[^>]* data-a11y-scheme="green" data-a11y-size="200"/);
  }
  const plain = await request.get('/oplata/', { headers: { 'Accept-Encoding': 'br' } });
  expect(plain.headers()['content-encoding']).toBe('br');
  expect(await plain.text()).toContain('<html lang="ru">');
});

test('with JavaScript the version switches in place, announces changes and moves focus sensibly', async ({ page }) => {
  const thirdParty: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('http://127.0.0.1')) thirdParty.push(request.url());
  });
  await page.addInitScript(() => {
    (window as unknown as { spoken: string[] }).spoken = [];
    speechSynthesis.speak = (utterance) => {
      (window as unknown as { spoken: string[] }).spoken.push(utterance.text);
    };
  });
  await page.goto('/oplata/');
  await page.evaluate(() => {
    (window as unknown as { marker: boolean }).marker = true;
  });
  const status = page.getByRole('status');

  await banner(page).getByRole('button', { name: 'Версия для слабовидящих' }).click();
  await expect(html(page)).toHaveAttribute('data-a11y-scheme', 'white');
  await expect(page.getByRole('heading', { name: 'Версия для слабовидящих' })).toBeFocused();
  await expect(status).toHaveText('Версия для слабовидящих включена');

  await bar(page).getByRole('button', { name: 'Тёмно-синим по голубому' }).click();
  await expect(status).toHaveText('Цветовая схема: тёмно-синим по голубому');
  await expect(bar(page).getByRole('button', { name: 'Тёмно-синим по голубому' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await bar(page).getByRole('button', { name: 'Уменьшить шрифт' }).click();
  await expect(status).toHaveText('Размер шрифта: 125 %');
  expect(await page.evaluate(() => (window as unknown as { marker?: boolean }).marker)).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken)).toEqual([]);

  // Kept across navigation and reload.
  await page.getByRole('navigation', { name: 'Основные разделы' }).getByRole('link', { name: 'О компании' }).click();
  await expect(html(page)).toHaveAttribute('data-a11y-scheme', 'blue');
  await page.reload();
  await expect(html(page)).toHaveAttribute('data-a11y-size', '125');

  await banner(page).getByRole('button', { name: 'Обычная версия' }).click();
  await expect(html(page)).not.toHaveAttribute('data-a11y-scheme', /.*/);
  await expect(status).toHaveText('Включена обычная версия сайта');
  await expect(banner(page).getByRole('button', { name: 'Версия для слабовидящих' })).toBeFocused();
  expect(thirdParty).toEqual([]);
});

test('read-aloud is offered only after the visitor turns it on', async ({ page, context, baseURL }) => {
  await page.addInitScript(() => {
    (window as unknown as { spoken: string[] }).spoken = [];
    speechSynthesis.speak = (utterance) => {
      (window as unknown as { spoken: string[] }).spoken.push(utterance.text);
    };
  });
  await useA11ySettings(context, baseURL ?? '', {});
  await page.goto('/versiya-dlya-slabovidyashchih/');
  await expect(page.getByRole('button', { name: 'Читать вслух' })).toBeHidden();
  await page
    .getByRole('group', { name: 'Чтение вслух' })
    .getByRole('radio', { name: /^Включено/ })
    .check();
  await page.getByRole('button', { name: 'Читать вслух' }).click();
  const spoken = await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);
  expect(spoken.at(-1)).toContain('Версия для слабовидящих');
});

test('images off shows their descriptions, grey images are grey, embedded media can be hidden', async ({
  page,
  context,
  baseURL,
}) => {
  // Markup as site/lib/accessible-content.ts renders a described image in Markdown content.
  const content =
    '<p><img src="/favicon.svg" alt="Схема проезда"><span class="es-img-alt">Изображение: Схема проезда</span></p>' +
    '<iframe title="Карта" src="about:blank"></iframe>';
  const insert = () =>
    page.evaluate((markup) => {
      document.getElementById('main-content')?.insertAdjacentHTML('beforeend', markup);
    }, content);

  await page.goto('/oplata/');
  await insert();
  await expect(page.getByRole('img', { name: 'Схема проезда' })).toBeVisible();
  await expect(page.getByText('Изображение: Схема проезда')).toBeHidden();

  await useA11ySettings(context, baseURL ?? '', { images: 'off', media: 'off' });
  await page.goto('/oplata/');
  await insert();
  await expect(page.getByRole('img', { name: 'Схема проезда' })).toBeHidden();
  await expect(page.getByText('Изображение: Схема проезда')).toBeVisible();
  await expect(page.locator('iframe[title="Карта"]')).toBeHidden();

  await useA11ySettings(context, baseURL ?? '', { images: 'grayscale' });
  await page.goto('/oplata/');
  await insert();
  await expect(page.getByRole('img', { name: 'Схема проезда' })).toHaveCSS('filter', 'grayscale(1)');
  await expect(page.locator('iframe[title="Карта"]')).toBeVisible();
});
