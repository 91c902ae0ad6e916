/**
 * «Открыто сейчас / Закрыто» at fixed clock times in the company time zone (Asia/Tomsk, UTC+7),
 * seen from a browser in another time zone, including a lunch break and a public holiday.
 */
import { expect, test } from '@playwright/test';

test.use({ timezoneId: 'Europe/Moscow' });

const cases = [
  {
    at: '2026-11-25T10:00:00+07:00',
    state: 'Открыто сейчас до 12:00',
    today: 'Сегодня: 8:00–18:00, перерыв 12:00–12:45',
  },
  {
    at: '2026-11-25T12:30:00+07:00',
    state: 'Закрыто: перерыв до 12:45',
    today: 'Сегодня: 8:00–18:00, перерыв 12:00–12:45',
  },
  { at: '2026-11-25T19:00:00+07:00', state: 'Закрыто', today: 'Сегодня: 8:00–18:00, перерыв 12:00–12:45' },
  { at: '2026-12-31T11:00:00+07:00', state: 'Закрыто', today: 'Сегодня: выходной (Нерабочий праздничный день)' },
  // A Saturday that is a Labour Code holiday: closed by the working-day calendar, not by a hand-kept list.
  { at: '2027-01-02T11:00:00+07:00', state: 'Закрыто', today: 'Сегодня: выходной (Нерабочий праздничный день)' },
];

for (const { at, state, today } of cases) {
  test(`at ${at} the main office shows «${state}»`, async ({ page }) => {
    await page.clock.setFixedTime(new Date(at));
    await page.goto('/o-kompanii/ofisy/');
    const office = page.locator('[data-office="tomsk-primernaya"]');
    await expect(office.locator('[data-role="state"]')).toHaveText(state);
    await expect(office.locator('[data-role="today"]')).toHaveText(today);
  });
}

test('the dispatch service is open at 21:00 every day and closed at 22:30', async ({ page }) => {
  const dispatch = page.locator('[data-channel="dispetcherskaya"] [data-role="state"]');
  await page.clock.setFixedTime(new Date('2026-11-29T21:00:00+07:00'));
  await page.goto('/o-kompanii/ofisy/');
  await expect(dispatch).toHaveText('Открыто сейчас до 22:00');
  await page.clock.setFixedTime(new Date('2026-11-29T22:30:00+07:00'));
  await page.reload();
  await expect(dispatch).toHaveText('Закрыто');
});

test('remote channels include a Russian messenger and readings by e-mail, with hours and sample marks', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date('2026-11-30T10:00:00+07:00'));
  await page.goto('/o-kompanii/ofisy/');
  const messenger = page.locator('[data-channel="max"]');
  await expect(messenger.getByRole('heading', { level: 3 })).toContainText('Мессенджер MAX');
  await expect(messenger.getByRole('heading', { level: 3 })).toContainText('пример');
  await expect(messenger.getByRole('link', { name: 'https://max.ru/energosbyt_example' })).toBeVisible();
  await expect(messenger.locator('[data-role="state"]')).toHaveText('Открыто сейчас до 20:00');
  const readings = page.locator('[data-channel="pokazaniya-po-pochte"]');
  await expect(readings).toContainText('Показания приборов учёта');
  await expect(readings.getByRole('link', { name: 'pokazaniya@energosbyt.example' })).toHaveAttribute(
    'href',
    'mailto:pokazaniya@energosbyt.example',
  );
  await expect(readings).toContainText(/круглосуточно/i);
  await expect(readings.getByRole('heading', { level: 3 })).toContainText('пример');
});

test('offices are labelled, link to online services and are published as open data', async ({ page, request }) => {
  await page.goto('/o-kompanii/ofisy/');
  await expect(page.locator('#tomsk-primernaya')).toContainText('(Центр очного обслуживания)');
  await expect(page.locator('#tomsk-kassa-testovaya')).not.toContainText('Центр очного обслуживания');
  await expect(page.locator('#onlajn-servisy + ul').getByRole('link', { name: 'Передать показания' })).toBeVisible();
  const data = (await (await request.get('/data/offices.json')).json()) as {
    timeZone: string;
    offices: Array<{ id: string }>;
  };
  expect(data.timeZone).toBe('Asia/Tomsk');
  expect(data.offices.map((office) => office.id)).toContain('tomsk-primernaya');
  const csv = await (await request.get('/data/offices.csv')).text();
  expect(csv).toContain('tomsk-primernaya,Офис на ул. Примерной,true');
});

test('the outages page shows upcoming outages with start, expected end and reason, and an archive', async ({
  page,
}) => {
  await page.goto('/otklyucheniya/');
  const upcoming = page.locator('#otklyuchenie-2027-06-15-obrazcovaya');
  await expect(upcoming).toContainText('Ожидаемое окончание');
  await expect(upcoming).toContainText('15 июня 2027 г. в 09:00');
  await expect(page.locator('#arhiv ~ [data-testid="outages"] #otklyuchenie-2026-11-10-primernaya')).toBeVisible();
});
