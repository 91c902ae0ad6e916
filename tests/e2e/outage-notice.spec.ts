/**
 * The promise of Tomsk standard 3.13 end to end: Uptime Kuma posts DOWN, then UP, to the running
 * server, and the notice is in the section page and its feeds within seconds, without a rebuild.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { axeViolations } from '../support/axe.ts';
import { NOTICES_PATH } from '../../core/monitoring/notice-text.ts';
import { fixture } from '../../monitoring/test/fixtures.ts';
import { E2E_WEBHOOK_SECRET } from '../playwright.config.ts';
import { formatDateTime, isoInZone } from '../../core/dates.ts';

/** Uptime Kuma's time format: UTC, no `T`, no zone. */
const kumaTime = (date: Date) => date.toISOString().replace('T', ' ').replace('Z', '');

/** A time Uptime Kuma wrote (`2026-11-22 17:41:09.706`, zone-less) moved by `ms`. */
const movedKumaTime = (text: string, ms: number) => kumaTime(new Date(Date.parse(`${text.replace(' ', 'T')}Z`) + ms));

interface CapturedBody {
  heartbeat: { time: string; localDateTime: string; lastDownTime?: string };
  monitor: unknown;
  msg: string;
}

/** A captured webhook body with every time in it moved by `ms`; nothing else changes. */
function capturedBodyMovedBy(name: string, ms: number): CapturedBody {
  const body = fixture(name) as CapturedBody;
  const { heartbeat } = body;
  return {
    ...body,
    heartbeat: {
      ...heartbeat,
      time: movedKumaTime(heartbeat.time, ms),
      localDateTime: movedKumaTime(heartbeat.localDateTime, ms).slice(0, 19),
      ...(heartbeat.lastDownTime === undefined ? {} : { lastDownTime: movedKumaTime(heartbeat.lastDownTime, ms) }),
    },
  };
}

async function postWebhook(request: APIRequestContext, data: object) {
  const response = await request.post('/api/monitoring/uptime-kuma', {
    headers: { Authorization: `Bearer ${E2E_WEBHOOK_SECRET}` },
    data,
  });
  return response.status();
}

/** A site outage as Uptime Kuma reports it (DOWN, then UP), for a monitor without retries. */
async function postOutage(request: APIRequestContext, monitorId: number, down: Date, up: Date) {
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
}

/** A minute of its own in the past year: overlapping site outages merge with those of earlier runs. */
const randomPastMinute = () => new Date(Date.now() - Math.floor(1 + Math.random() * 525_000) * 60_000);

// One after another: the tests check which notice is the newest, so none may publish in between.
test.describe.configure({ mode: 'default' });

test('after DOWN and UP webhooks the notice appears in the section page and the feeds', async ({ page, request }) => {
  const monitorId = 100_000 + Math.floor(Math.random() * 100_000);
  const down = randomPastMinute();
  const up = new Date(down.getTime() + 6 * 60_000);
  await postOutage(request, monitorId, down, up);

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

  // A month before monitoring began: nothing is certified, and no daytime outage reads «нет».
  await page.goto('/o-kompanii/pereryvy-v-rabote-sayta/otchet/?mesyac=2020-01');
  await expect(page.locator('.es-verdict')).toHaveText(
    'Нет данных: в этом месяце мониторинг сайта не вёлся, поэтому соблюдение требований не подтверждено.',
  );
  await expect(page.getByText('Данных мониторинга за этот месяц нет.')).toBeVisible();
  const daytime = page.getByRole('row', { name: /Суммарная длительность в дневное время/ });
  await expect(daytime.getByRole('cell')).toHaveText(['нет', '12 ч', 'Нет данных']);

  const wrong = await page.goto('/o-kompanii/pereryvy-v-rabote-sayta/otchet/?mesyac=ноябрь');
  expect(wrong?.status()).toBe(400);
  await expect(page.getByRole('alert')).toHaveText('Ошибка: укажите месяц в формате ГГГГ-ММ, например 2026-11');
});

test('the captured DOWN and UP put the notice into the news list and the news RSS', async ({ page, request }) => {
  // The real bodies Uptime Kuma 2.5.3 sent, moved in whole seconds so the outage ended a minute ago
  // and its notice is the newest publication (an earlier run's notice would be the same outage).
  const captured = fixture('webhook-up.json') as CapturedBody;
  const shift =
    Math.round((Date.now() - 60_000 - Date.parse(`${captured.heartbeat.time.replace(' ', 'T')}Z`)) / 1000) * 1000;
  const down = capturedBodyMovedBy('webhook-down.json', shift);
  const up = capturedBodyMovedBy('webhook-up.json', shift);
  expect(await postWebhook(request, down)).toBe(202);
  expect(await postWebhook(request, up)).toBe(202);

  // maxretries 0: access stopped at the DOWN heartbeat and resumed at the UP one.
  const at = (kuma: string) => formatDateTime(`${kuma.replace(' ', 'T')}Z`, 'Asia/Tomsk');
  const times = `прекращён ${at(down.heartbeat.time)} и возобновлён ${at(up.heartbeat.time)}`;
  const entry = page.locator('#lenta > li', { hasText: times });
  await expect(async () => {
    const response = await page.goto('/novosti/');
    expect(response?.headers()['cache-control']).toBe('no-cache');
    await expect(entry).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 10_000 });
  await expect(entry).toContainText('Перерыв в работе сайта');
  await expect(entry).toContainText('Причина: Технический сбой. Причина уточняется');
  // The newest publication heads the list; the Markdown news, older, are still listed after it.
  const items = page.locator('#lenta > li');
  await expect(items.first()).toContainText(times);
  await expect(items.filter({ has: page.locator('a[href="/novosti/2026-11-20-novyj-sajt/"]') })).toHaveCount(1);
  // The list was updated when the notice was published.
  await expect(page.locator('.es-last-updated time')).toHaveAttribute(
    'datetime',
    (await entry.locator('time').getAttribute('datetime')) ?? '',
  );

  const href = (await entry.getByRole('link').getAttribute('href')) ?? '';
  expect(href).toMatch(/^\/o-kompanii\/pereryvy-v-rabote-sayta\/#pereryv-\d+$/);

  const rssResponse = await request.get('/novosti/rss.xml');
  expect(rssResponse.headers()['content-type']).toBe('application/rss+xml; charset=utf-8');
  const rssItems = [...(await rssResponse.text()).matchAll(/<item>[\s\S]*?<\/item>/g)].map((match) => match[0]);
  const rssNotice = rssItems[0] ?? '';
  expect(rssNotice).toContain(times);
  expect(rssNotice).toContain(`${href}</link>`);
  expect(rssNotice).toContain(`<guid isPermaLink="false">site-outage-${href.replace(/.*#pereryv-/, '')}</guid>`);
  expect(rssItems.some((item) => item.includes('/novosti/2026-11-20-novyj-sajt/</link>'))).toBe(true);

  // The home page names the recent notice above its latest news, and heads the news with it.
  await page.goto('/');
  await expect(page.getByTestId('recent-site-outage').getByRole('link')).toHaveAttribute('href', href);
  await expect(page.getByTestId('latest-news').locator('li').first()).toContainText('Перерыв в работе сайта');
  await page.goto('/novosti/');

  // From the news list to the notice in its section.
  await entry.getByRole('link').click();
  await expect(page.locator(href.replace(/.*#/, '#'))).toContainText(at(up.heartbeat.time));
});

test("a page of the news or of the notices that does not exist is the site's 404", async ({ page }) => {
  for (const path of ['/novosti/?stranica=999', `${NOTICES_PATH}?stranica=0`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Страница не найдена');
  }
});

test('past 20 entries the news list and the notices are paged, and later pages read well at 320 px', async ({
  page,
  request,
}) => {
  // Enough notices for a second page of both lists (the database is fresh for each run).
  await page.goto(NOTICES_PATH);
  for (let index = await page.locator('#soobshcheniya article').count(); index < 21; index += 1) {
    const down = randomPastMinute();
    await postOutage(request, 300_000 + index, down, new Date(down.getTime() + 60_000));
  }
  const whereAmI = () => new URL(page.url()).pathname + new URL(page.url()).search;
  await page.setViewportSize({ width: 320, height: 800 });
  for (const list of [
    { path: '/novosti/', label: 'Страницы списка новостей', title: 'Новости', items: '#lenta > li' },
    {
      path: NOTICES_PATH,
      label: 'Страницы списка сообщений',
      title: 'Перерывы в работе официального сайта',
      items: '#soobshcheniya article',
    },
  ]) {
    const paging = page.getByRole('navigation', { name: list.label });
    await expect(async () => {
      await page.goto(list.path);
      await expect(paging.getByRole('link', { name: 'Следующая страница' })).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 10_000 });
    await expect(page.locator(list.items)).toHaveCount(20);
    await expect(paging).toContainText(/Страница 1 из \d+/);

    await paging.getByRole('link', { name: 'Следующая страница' }).click();
    expect(whereAmI()).toBe(`${list.path}?stranica=2`);
    const heading = new RegExp(`^${list.title}\\. Страница 2 из \\d+$`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    expect(await page.title()).toMatch(new RegExp(`^${list.title}\\. Страница 2 из \\d+`));
    expect(await page.locator(list.items).count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await paging.getByRole('link', { name: 'Предыдущая страница' }).click();
    expect(whereAmI()).toBe(list.path);
  }
});
