import assert from 'node:assert/strict';
import { test } from 'node:test';
import { noticeAsNewsItem, noticeText } from '../../core/monitoring/notice-text.ts';
import type { OutageNotice } from '../../monitoring/src/outage-notices.ts';
import { mergeNewsFeed, type NewsFeedItem } from '../../site/lib/news-feed.ts';
import { listPage, pageHref, pagedTitle } from '../../site/lib/paging.ts';

function news(id: string, date: string): NewsFeedItem {
  return {
    id,
    title: `Новость ${id}`,
    date,
    href: `/novosti/${id}/`,
    summary: 'Текст новости для ленты.',
    source: 'news',
    siteOutage: false,
    sample: false,
  };
}

/** A notice as the ledger words it, published at `publishedAt` (UTC). */
function notice(id: number, startedAt: string, endedAt: string, publishedAt: string) {
  const outage: OutageNotice = {
    id,
    startedAt,
    endedAt,
    durationSeconds: (Date.parse(endedAt) - Date.parse(startedAt)) / 1000,
    maintenance: false,
    publishedAt,
    outages: [] as unknown as OutageNotice['outages'],
    cause: 'Технический сбой. Причина уточняется и будет указана дополнительно.',
    causeEdited: false,
    delaySeconds: 0,
    late: false,
  };
  return noticeAsNewsItem(noticeText(outage, 'Asia/Tomsk'));
}

test('notices and news are one list, newest publication first, whatever the offsets', () => {
  const merged = mergeNewsFeed(
    [
      news('2026-11-20-novyj-sajt', '2026-11-20T10:00:00+07:00'),
      news('2026-11-02-sroki', '2026-11-02T09:00:00+07:00'),
      // Written in Moscow time: 09:45 in Tomsk, so after the 09:30 notice although «05:45» sorts first as text.
      news('2026-11-20-moskva', '2026-11-20T05:45:00+03:00'),
    ],
    [
      // Published 23 Nov 00:44 in Tomsk: the newest of all, although stated in UTC it is still 22 Nov.
      notice(7, '2026-11-22T17:41:09.706Z', '2026-11-22T17:43:09.710Z', '2026-11-22T17:44:00.000Z'),
      // 20 Nov 09:30 Tomsk = 02:30 UTC: half an hour before the 10:00 news of that day.
      notice(3, '2026-11-20T02:00:00.000Z', '2026-11-20T02:20:00.000Z', '2026-11-20T02:30:00.000Z'),
    ],
  );
  assert.deepEqual(
    merged.map((item) => item.id),
    ['site-outage-7', '2026-11-20-novyj-sajt', '2026-11-20-moskva', 'site-outage-3', '2026-11-02-sroki'],
  );
  const [newest] = merged;
  assert.ok(newest);
  assert.equal(newest.date, '2026-11-23T00:44:00+07:00');
  assert.equal(newest.href, '/o-kompanii/pereryvy-v-rabote-sayta/#pereryv-7');
  assert.equal(newest.source, 'outage-ledger');
  assert.equal(newest.siteOutage, true);
  assert.match(newest.summary, /прекращён 23 ноября 2026 г\. в 00:41/);
});

test('items published at the same moment keep one fixed order', () => {
  const at = '2026-11-20T10:00:00+07:00';
  const one = mergeNewsFeed([news('b', at), news('a', at)], []);
  const other = mergeNewsFeed([news('a', at), news('b', at)], []);
  assert.deepEqual(
    one.map((item) => item.id),
    other.map((item) => item.id),
  );
});

test('the list is paged by 20; a page that does not exist is refused', () => {
  const items = Array.from({ length: 45 }, (_, index) =>
    news(`n${String(index)}`, new Date(Date.UTC(2026, 0, 1) + index * 86_400_000).toISOString()),
  );
  assert.deepEqual(
    [null, '2', '3'].map((requested) => listPage(items, requested)?.items.length),
    [20, 20, 5],
  );
  assert.equal(listPage(items, '3')?.count, 3);
  for (const wrong of ['0', '4', '-1', '1.5', 'два', '', '0002']) assert.equal(listPage(items, wrong), null, wrong);
  // An empty list still has its first page.
  assert.deepEqual(listPage([], null), { items: [], number: 1, count: 1 });
  assert.equal(pageHref('/novosti/', 1), '/novosti/');
  assert.equal(pageHref('/novosti/', 2), '/novosti/?stranica=2');
  assert.equal(pagedTitle('Новости', { number: 1, count: 3 }), 'Новости');
  assert.equal(pagedTitle('Новости', { number: 2, count: 3 }), 'Новости. Страница 2 из 3');
});
