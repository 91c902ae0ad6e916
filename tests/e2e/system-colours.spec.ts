/**
 * The visitor's own colour settings: Windows contrast themes (`forced-colors: active`) and «more
 * contrast» (`prefers-contrast: more`). The system's colours win; what must survive is what a user
 * sees: controls with edges, a focus outline (box shadows are removed), the current choice, a chart
 * whose lines are told apart, errors said in words, and no grey text when more contrast is asked for.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { useA11ySettings } from '../support/a11y.ts';
import { axeViolations } from '../support/axe.ts';

const FORM = '/internet-priemnaya/vopros/';

test.describe('Windows contrast themes (forced colours)', () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active' });
  });

  /** Visible controls the page draws itself, without a border the system can paint. */
  async function controlsWithoutEdges(page: Page): Promise<string[]> {
    return page.evaluate(() => {
      const canvas = getComputedStyle(document.documentElement).backgroundColor;
      return [...document.querySelectorAll<HTMLElement>('button, input, select, textarea')]
        .filter((control) => control.checkVisibility() && control.getBoundingClientRect().width > 0)
        .filter((control) => {
          const style = getComputedStyle(control);
          // Native check boxes, radio buttons and file pickers are drawn by the system itself.
          const type = control.getAttribute('type') ?? '';
          if (type === 'file' || (style.appearance !== 'none' && /^(radio|checkbox)$/.test(type))) return false;
          const sides = ['Top', 'Right', 'Bottom', 'Left'] as const;
          return !sides.every(
            (side) =>
              style.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none' &&
              parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) >= 1 &&
              style.getPropertyValue(`border-${side.toLowerCase()}-color`) !== canvas,
          );
        })
        .map((control) => control.textContent.trim() || control.getAttribute('name') || control.tagName);
    });
  }

  for (const path of ['/', FORM, '/tarify/kalkulyator/']) {
    test(`every button and field on ${path} keeps a visible edge`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 800 });
      await page.goto(path);
      expect(await controlsWithoutEdges(page)).toEqual([]);
    });
  }

  test('in the accessible version too: the bar, its current choice and the settings page', async ({
    page,
    context,
    baseURL,
  }) => {
    await useA11ySettings(context, baseURL ?? '', { scheme: 'blue', images: 'off' });
    await page.goto('/versiya-dlya-slabovidyashchih/');
    expect(await controlsWithoutEdges(page)).toEqual([]);

    // The current scheme and image setting stand out by a thick double border (the ring is gone).
    const bar = page.getByRole('region', { name: 'Версия для слабовидящих' });
    const border = (button: Locator) =>
      button.evaluate((element) => {
        const style = getComputedStyle(element);
        return `${style.borderTopStyle} ${style.borderTopWidth}`;
      });
    expect(await border(bar.getByRole('button', { name: 'Тёмно-синим по голубому (выбрано)' }))).toBe('double 6px');
    expect(await border(bar.getByRole('button', { name: 'Белым по чёрному', exact: true }))).toBe('solid 2px');
    expect(await border(bar.getByRole('button', { name: /^Скрыть/ }))).toBe('double 6px');

    // A chosen radio button looks different from one not chosen (the system draws both).
    const scheme = page.getByRole('group', { name: 'Цветовая схема' });
    const chosen = await scheme.getByRole('radio', { name: 'Тёмно-синим по голубому' }).screenshot();
    const other = await scheme.getByRole('radio', { name: 'Белым по чёрному' }).screenshot();
    expect(chosen.equals(other)).toBe(false);
  });

  for (const scheme of ['ordinary', 'black'] as const) {
    test(`focus stays visible as an outline (${scheme})`, async ({ page, context, baseURL }) => {
      if (scheme !== 'ordinary') await useA11ySettings(context, baseURL ?? '', { scheme });
      await page.goto('/oplata/');
      const seen = new Set<string>();
      for (let i = 0; i < 25; i += 1) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const element = document.activeElement as HTMLElement;
          const style = getComputedStyle(element);
          const canvas = getComputedStyle(document.documentElement).backgroundColor;
          return {
            kind: element.tagName,
            name: element.textContent.trim().slice(0, 30) || element.tagName,
            outlined:
              style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 && style.outlineColor !== canvas,
          };
        });
        seen.add(focus.kind);
        expect(focus, focus.name).toEqual({ ...focus, outlined: true });
      }
      expect([...seen].sort()).toEqual(expect.arrayContaining(['A', 'BUTTON', 'INPUT']));
    });
  }

  test('the tariff chart is drawn in the system text colour, lines told apart by their dashes', async ({ page }) => {
    await page.goto('/tarify/arhiv/');
    const chart = page.getByRole('img', { name: /Тарифы по периодам/ }).first();
    const lines = await chart
      .locator('path')
      .evaluateAll((paths) =>
        paths.map((path) => ({ stroke: getComputedStyle(path).stroke, dash: getComputedStyle(path).strokeDasharray })),
      );
    const text = await page.evaluate(() => getComputedStyle(document.documentElement).color);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map((line) => line.stroke)).toEqual(lines.map(() => text));
    expect(new Set(lines.map((line) => line.dash)).size).toBe(lines.length);
    const labels = await chart.locator('text').evaluateAll((texts) => texts.map((t) => getComputedStyle(t).fill));
    expect(new Set(labels)).toEqual(new Set([text]));
  });

  test('form errors are said in words next to the field, not by a red border alone', async ({ page }) => {
    await page.goto(FORM);
    await page.getByRole('button', { name: 'Отправить' }).click();
    await expect(page.locator('[data-error-summary]')).toBeFocused();
    const surname = page.getByLabel('Фамилия');
    await expect(surname).toHaveAttribute('aria-invalid', 'true');
    await expect(surname).toHaveAccessibleDescription(/^Ошибка: Введите фамилию/);
    await expect(page.getByText('Введите фамилию', { exact: false }).last()).toBeVisible();
    // The bar beside a field with an error is a border, which the system paints in its text colour.
    const bar = await surname.evaluate((input) => {
      const group = input.closest('.es-form-group--error');
      return group ? getComputedStyle(group).borderLeftWidth : '0px';
    });
    expect(parseFloat(bar)).toBeGreaterThanOrEqual(4);
  });
});

test.describe('more contrast asked for', () => {
  test.beforeEach(async ({ page }) => {
    await page.emulateMedia({ contrast: 'more' });
  });

  test('hints and rules turn to the text colour; the site does not switch version by itself', async ({ page }) => {
    await page.goto(FORM);
    const ink = await page.evaluate(() => getComputedStyle(document.documentElement).color);
    await expect(page.locator('.es-hint').first()).toHaveCSS('color', ink);
    await expect(page.getByRole('banner').getByText('Гарантирующий поставщик')).toHaveCSS('color', ink);
    await expect(page.locator('html')).not.toHaveAttribute('data-a11y-scheme', /.*/);
    await expect(page.getByRole('banner').getByRole('button', { name: 'Версия для слабовидящих' })).toBeVisible();

    await page.goto('/oplata/');
    await expect(page.locator('main td').first()).toHaveCSS('border-bottom-color', ink);

    // The home page offers the accessible version's high-contrast schemes next to its button.
    await page.goto('/');
    const offer = page.getByText('В вашей системе включена повышенная контрастность');
    await expect(offer).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ contrast: 'no-preference' });
    await expect(offer).toBeHidden();
    await page.emulateMedia({ contrast: 'more' });

    // A dark system theme is not a request for the accessible version either.
    await page.emulateMedia({ contrast: 'no-preference', colorScheme: 'dark' });
    await page.reload();
    await expect(page.locator('html')).not.toHaveAttribute('data-a11y-scheme', /.*/);
    await expect(page.locator('html')).toHaveCSS('background-color', 'rgb(255, 255, 255)');

    // Without the preference the hint stays a softer (still AA) grey: the media query is what changed it.
    await page.emulateMedia({ contrast: 'no-preference' });
    await page.goto(FORM);
    await expect(page.locator('.es-hint').first()).not.toHaveCSS('color', ink);
  });
});
