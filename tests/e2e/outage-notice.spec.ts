/**
 * The promise of Tomsk standard 3.13 end to end: Uptime Kuma posts DOWN, then UP, to the running
 * server, and the notice is in the section page and its feeds within seconds, without a rebuild.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { isoInZone } from '../../forms-api/src/monitoring/zoned-time.ts';
import { E2E_WEBHOOK_SECRET } from '../playwright.config.ts';

/** Uptime Kuma's time format: UTC, no `T`, no zone. */
const kumaTime = (date: Date) => date.toISOString().replace('T', ' ').replace('Z', '');

async function postWebhook(request: APIRequestContext, data: object) {
  const response = await request.post('/api/monitoring/uptime-kuma', {
    headers: { Authorization: `Bearer ${E2E_WEBHOOK_SECRET}` },
    data,
  });
  return response.status();
}

test('after DOWN and UP webhooks the notice appears in the section page and the feeds', async ({ page, request }) => {
  // A monitor id and a minute of its own in the past year: overlapping site outages would merge
  // with those of earlier runs against the same database.
  const monitorId = 100_000 + Math.floor(Math.random() * 100_000);
  const down = new Date(Date.now() - Math.floor(1 + Math.random() * 525_000) * 60_000);
  const up = new Date(down.getTime() + 6 * 60_000);
  const monitor = { id: monitorId, name: 'Сайт — главная страница', retryInterval: 20, maxretries: 0 };
  const heartbeat = { monitorID: monitorId, important: true, timezone: 'Asia/Tomsk' };

  expect(
    await postWebhook(request, {
      heartbeat: { ...heartbeat, status: 0, time: kumaTime(down), msg: 'connect ECONNREFUSED', retries: 1 },
      monitor,
      msg: '[Сайт — главная страница] [🔴 Down] connect ECONNREFUSED',
    }),
  ).toBe(202);
  expect(
    await postWebhook(request, {
      heartbeat: {
        ...heartbeat,
        status: 1,
        time: kumaTime(up),
        msg: '200 - OK',
        retries: 0,
        lastDownTime: kumaTime(down),
      },
      monitor,
      msg: '[Сайт — главная страница] [✅ Up] 200 - OK',
    }),
  ).toBe(202);

  const stopped = isoInZone(down.toISOString(), 'Asia/Tomsk');
  const resumed = isoInZone(up.toISOString(), 'Asia/Tomsk');
  const notice = page.locator(`article:has(time[datetime="${stopped}"]):has(time[datetime="${resumed}"])`);
  await expect(async () => {
    await page.goto('/o-kompanii/pereryvy-v-rabote-sayta/');
    await expect(notice).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 10_000 });
  await expect(notice).toContainText('Технический сбой. Причина уточняется');
  await expect(notice).toContainText('6 мин');

  // The newest publication heads both feeds.
  const rss = await (await request.get('/o-kompanii/pereryvy-v-rabote-sayta/rss.xml')).text();
  const guid = /<guid isPermaLink="false">(site-outage-\d+)<\/guid>/.exec(rss)?.[1];
  const feed = (await (await request.get('/o-kompanii/pereryvy-v-rabote-sayta/feed.json')).json()) as {
    items: { id: string; _outage: { stopped: string; resumed: string } }[];
  };
  expect(feed.items[0]?._outage).toMatchObject({ stopped, resumed });
  expect(guid).toBe(feed.items[0]?.id);

  // The about page links to the section.
  await page.goto('/o-kompanii/');
  await page.getByRole('link', { name: 'Перерывы в работе официального сайта' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Перерывы в работе официального сайта');
});

test('the monthly report names the limits and offers CSV and JSON', async ({ page }) => {
  await page.goto('/o-kompanii/pereryvy-v-rabote-sayta/otchet/?mesyac=2026-11');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Отчёт о доступности официального сайта');
  await expect(page.getByRole('row', { name: /Перерывы в дневное время/ })).toContainText('3');
  const csv = await page.request.get(
    (await page.getByRole('link', { name: 'таблица CSV' }).getAttribute('href')) ?? '',
  );
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');

  const wrong = await page.goto('/o-kompanii/pereryvy-v-rabote-sayta/otchet/?mesyac=ноябрь');
  expect(wrong?.status()).toBe(400);
  await expect(page.getByRole('alert')).toHaveText('Ошибка: укажите месяц в формате ГГГГ-ММ, например 2026-11');
});
