/**
 * Keyboard only and small screens: the journey a keyboard user makes through the accessible
 * version, visible focus that is never hidden, the collapsible menu (printing: print.spec.ts).
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { useA11ySettings } from '../support/a11y.ts';

/** Presses Tab until `target` has focus; fails after `limit` presses. */
async function tabTo(page: Page, target: Locator, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`not reached with ${String(limit)} presses of Tab`);
}

test('keyboard only: skip link, the switch, settings, search, then a form with errors', async ({ page }) => {
  await page.goto('/oplata/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Перейти к основному содержанию' })).toBeFocused();

  const banner = page.getByRole('banner');
  await tabTo(page, banner.getByRole('button', { name: 'Версия для слабовидящих' }), 5);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Версия для слабовидящих' })).toBeFocused();

  await tabTo(page, page.getByRole('button', { name: 'Белым по чёрному' }), 10);
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-a11y-scheme', 'black');

  await tabTo(page, page.getByRole('searchbox', { name: 'Поиск по сайту' }));
  await page.keyboard.type('оплата');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/poisk\/\?q=/);
  await expect(page.locator('html')).toHaveAttribute('data-a11y-scheme', 'black');

  const form = await page.request.get('/internet-priemnaya/vopros/');
  test.skip(
    form.status() === 404,
    'The appeal form /internet-priemnaya/vopros/ is not built yet (forms issue); the form step runs once it exists.',
  );
  await page.goto('/internet-priemnaya/vopros/');
  await tabTo(page, page.getByRole('main').locator('button[type=submit]').last(), 80);
  await page.keyboard.press('Enter');
  await expect(page).toHaveTitle(/^Ошибка: /);
  await expect(page.locator('[data-error-summary]')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator(':focus')).toHaveAttribute('aria-invalid', 'true');
});

test('in the accessible version every focused control is visibly marked and never hidden', async ({
  page,
  context,
  baseURL,
}) => {
  await useA11ySettings(context, baseURL ?? '', { scheme: 'brown', size: '200' });
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/oplata/');
  for (let i = 0; i < 30; i += 1) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const rect = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      // The centre of the part inside the viewport (a tall table region can be taller than the screen).
      const top = Math.max(rect.top, 0);
      const bottom = Math.min(rect.bottom, innerHeight);
      const atCentre = document.elementFromPoint(rect.left + rect.width / 2, (top + bottom) / 2);
      return {
        name: element.textContent.trim().slice(0, 30) || element.tagName,
        marked: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        visible: atCentre !== null && (element.contains(atCentre) || atCentre.contains(element)),
      };
    });
    expect(focus, focus.name).toEqual({ name: focus.name, marked: true, visible: true });
  }
});

test('on a phone the menu folds behind «Меню»: aria-expanded, Escape closes, focus returns', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Основные разделы' });
  const button = nav.getByRole('button', { name: 'Меню' });
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(nav.getByRole('link', { name: 'Оплата' })).toBeHidden();
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await nav.getByRole('link', { name: 'Оплата' }).focus();
  await page.keyboard.press('Escape');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(button).toBeFocused();
  await expect(nav.getByRole('link', { name: 'Оплата' })).toBeHidden();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the phone menu stays open and usable', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Основные разделы' });
    await expect(nav.getByRole('button', { name: 'Меню' })).toBeHidden();
    await expect(nav.getByRole('link', { name: 'Оплата' })).toBeVisible();
  });
});

test('a wide table scrolls inside its own labelled region, not the page', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/oplata/');
  const region = page.getByRole('region', { name: 'Сроки оплаты' });
  await expect(region.getByRole('table', { name: 'Сроки оплаты' })).toBeVisible();
  await region.focus();
  await expect(region).toBeFocused();
});

test('on a phone the forms bring up the right keyboard and offer autofill', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/internet-priemnaya/peredat-pokazaniya/');
  const keyboard = (label: string) =>
    page.getByLabel(label, { exact: true }).evaluate((input: HTMLInputElement) => ({
      type: input.type,
      inputmode: input.inputMode,
      autocomplete: input.autocomplete,
    }));
  expect(await keyboard('Номер лицевого счёта')).toEqual({ type: 'text', inputmode: 'numeric', autocomplete: 'off' });
  expect(await keyboard('Показание (день, полупик или единственная зона)')).toMatchObject({ inputmode: 'decimal' });
  expect(await keyboard('Фамилия владельца счёта')).toMatchObject({ autocomplete: 'family-name' });
  expect(await keyboard('Адрес электронной почты (необязательно)')).toMatchObject({
    type: 'email',
    autocomplete: 'email',
  });

  await page.goto('/internet-priemnaya/obrashchenie/');
  expect(await keyboard('Телефон (необязательно)')).toMatchObject({ type: 'tel', autocomplete: 'tel' });
  expect(await keyboard('Имя')).toMatchObject({ type: 'text', autocomplete: 'given-name' });
});

test('controls of the accessible version are at least 44 × 44 px on a phone', async ({ page, context, baseURL }) => {
  await useA11ySettings(context, baseURL ?? '', { size: '100' });
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/');
  const controls = page.locator('.es-a11y-bar button:visible, header button:visible, header input:visible');
  expect(await controls.count()).toBeGreaterThan(8);
  for (const control of await controls.all()) {
    const box = await control.boundingBox();
    const name = (await control.getAttribute('value')) ?? (await control.textContent()) ?? '';
    expect(box?.height, name).toBeGreaterThanOrEqual(44);
    expect(box?.width, name).toBeGreaterThanOrEqual(44);
  }
});

test('fields, choices and buttons of an appeal form are at least 44 px tall on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/internet-priemnaya/obrashchenie/');
  // A check box or radio button counts together with its label, which also toggles it.
  const targets = page.getByRole('main').locator('button:visible, .es-input:visible, .es-choice label:visible');
  expect(await targets.count()).toBeGreaterThan(10);
  for (const target of await targets.all()) {
    const box = await target.boundingBox();
    const name = (await target.textContent()) || ((await target.getAttribute('name')) ?? '');
    expect(box?.height, name).toBeGreaterThanOrEqual(44);
    expect(box?.width, name).toBeGreaterThanOrEqual(44);
  }
});
