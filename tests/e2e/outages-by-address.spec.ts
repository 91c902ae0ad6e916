/**
 * Outages where the citizen lives: search by locality and street without JavaScript (a GET form)
 * and as one types with it, the archive with actual end times, the network companies' emergency
 * phones, and Atom and iCalendar subscriptions per locality that parse.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolationsWithoutJs, expectNoAxeViolations } from '../support/axe.ts';

const visibleCards = (page: Page) => page.locator('[data-outage]:visible');

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the GET form finds the outages of one street and hides the others', async ({ page }) => {
    await page.goto('/otklyucheniya/');
    await page.getByLabel('Населённый пункт').selectOption({ label: 'г. Томск' });
    await page.getByLabel('Улица').fill('примерная');
    await page.getByRole('button', { name: 'Показать отключения' }).click();
    await expect(page).toHaveURL(/\?punkt=tomsk&ulica=%D0%BF/);
    await expect(page.locator('[data-outage-count]')).toHaveText('Найдено отключений: 2');
    await expect(visibleCards(page)).toHaveCount(2);
    for (const card of await visibleCards(page).all()) await expect(card).toContainText('ул. Примерная');
    await expect(page.locator('#otklyuchenie-2026-11-18-testovaya')).toBeHidden();
    await expect(page.locator('#otklyuchenie-2027-06-15-obrazcovaya')).toBeHidden();
    expect(await axeViolationsWithoutJs(page)).toEqual([]);
  });

  test('a street nowhere in the schedule says so under every heading', async ({ page }) => {
    await page.goto('/otklyucheniya/?punkt=tomsk&ulica=Несуществующая');
    await expect(page.locator('[data-outage-count]')).toHaveText('Найдено отключений: 0');
    await expect(page.getByText('Нет отключений.')).toHaveCount(4);
  });
});

test('typing a street filters the list at once, without reloading the page', async ({ page }) => {
  await page.goto('/otklyucheniya/');
  const url = page.url();
  await page.getByLabel('Улица').pressSequentially('тестов');
  // The outage of the whole с. Примерное (no streets listed) concerns every street there.
  await expect(page.locator('[data-outage-count]')).toHaveText('Найдено отключений: 2');
  await page.getByLabel('Населённый пункт').selectOption({ label: 'г. Томск' });
  await expect(page.locator('[data-outage-count]')).toHaveText('Найдено отключений: 1');
  await expect(visibleCards(page)).toHaveCount(1);
  await expect(visibleCards(page)).toContainText('ул. Тестовая');
  await page.getByLabel('Населённый пункт').selectOption({ label: 'г. Северск' });
  await expect(page.locator('[data-outage-count]')).toHaveText('Найдено отключений: 0');
  await expect(page.getByText('Нет отключений.')).toHaveCount(4);
  await page.getByLabel('Улица').fill('');
  await expect(visibleCards(page)).toHaveCount(1);
  await expect(visibleCards(page)).toContainText('пр. Образцовый');
  expect(page.url()).toBe(url);
  await expectNoAxeViolations(page);
});

test('the archive shows the actual end; the network company and its emergency phone are named', async ({ page }) => {
  await page.goto('/otklyucheniya/');
  const finished = page.getByRole('region', { name: 'Завершено' });
  const overrun = finished.locator('#otklyuchenie-2026-11-18-testovaya');
  await expect(overrun).toContainText('Фактическое окончание');
  await expect(overrun).toContainText('18 ноября 2026 г. в 20:05');
  await expect(overrun.getByRole('link', { name: '(3822) 00-00-01' })).toHaveAttribute('href', 'tel:+73822000001');
  for (const name of ['Сегодня', 'Завтра', 'Запланировано', 'Завершено']) {
    await expect(page.getByRole('heading', { level: 3, name })).toBeVisible();
  }
  const phones = page.getByTestId('network-phones');
  await expect(phones.getByRole('listitem')).toHaveCount(2);
  await expect(phones.getByRole('listitem').first()).toContainText('круглосуточно');
  await expect(phones.getByRole('listitem').first()).toContainText('пример');
});

test('each locality has an Atom feed and an iCalendar feed, and both parse', async ({ page, request }) => {
  await page.goto('/otklyucheniya/');
  const feeds = page.getByTestId('outage-feeds');
  const atomHref = await feeds
    .getByRole('listitem')
    .filter({ hasText: 'г. Томск' })
    .getByRole('link', { name: 'лента Atom' })
    .getAttribute('href');
  const icsHref = await feeds
    .getByRole('listitem')
    .filter({ hasText: 'г. Томск' })
    .getByRole('link', { name: 'календарь iCalendar' })
    .getAttribute('href');
  expect([atomHref, icsHref]).toEqual(['/otklyucheniya/tomsk.atom', '/otklyucheniya/tomsk.ics']);

  const atom = await request.get(atomHref ?? '');
  expect(atom.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
  const parsed = await page.evaluate(
    (xml) => {
      const document = new DOMParser().parseFromString(xml, 'application/xml');
      const entries = [...document.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'entry')];
      return {
        error: document.getElementsByTagName('parsererror').length,
        root: `${document.documentElement.namespaceURI ?? ''} ${document.documentElement.localName}`,
        titles: entries.map((entry) => entry.getElementsByTagName('title')[0]?.textContent ?? ''),
      };
    },
    await atom.text(),
  );
  expect(parsed.error).toBe(0);
  expect(parsed.root).toBe('http://www.w3.org/2005/Atom feed');
  expect(parsed.titles).toContain('Аварийное отключение: г. Томск: ул. Тестовая, д. 2–8');
  expect(parsed.titles.join(' ')).not.toContain('Северск');

  const ics = await request.get(icsHref ?? '');
  expect(ics.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  const text = await ics.text();
  expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
  expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  const lines = text.slice(0, -2).split('\r\n');
  expect(lines.filter((line) => Buffer.byteLength(line, 'utf8') > 75)).toEqual([]);
  expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(3);
  expect(lines.some((line) => line.startsWith('UID:2026-11-18-testovaya@'))).toBe(true);

  const unknown = await request.get('/otklyucheniya/nigde.ics');
  expect(unknown.status()).toBe(404);
  expect(await unknown.text()).toContain('Такого населённого пункта нет');
});
