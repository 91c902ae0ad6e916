/**
 * The news list and its RSS: the Markdown news merged with the outage notices that the ledger
 * publishes (Tomsk standard 3.13 wants them «в новостях и в спецразделе»). Pure, so the order and
 * the pages are tested without a build.
 */
import type { NoticeNewsItem } from '../../forms-api/src/monitoring/notice-text.ts';
import { t } from './i18n.ts';

export interface NewsFeedItem {
  /** Unique across both sources: the news file name or «site-outage-N». */
  id: string;
  title: string;
  /** Publication moment, ISO 8601 with an offset. */
  date: string;
  /** Site path of the full text. */
  href: string;
  summary: string;
  /** A Markdown news item, or a notice the outage ledger published. */
  source: 'news' | 'outage-ledger';
  /** A notice about a break in the site's work (from the ledger, or written as news). */
  siteOutage: boolean;
  /** The text is a sample (shown with the sample mark). */
  sample: boolean;
}

/** Entries per page of /novosti/. */
export const NEWS_PAGE_SIZE = 20;

/** Query parameter of the page number: /novosti/?stranica=2. */
export const PAGE_PARAM = 'stranica';

export function noticeAsFeedItem(notice: NoticeNewsItem): NewsFeedItem {
  return { ...notice, href: notice.path, source: 'outage-ledger', siteOutage: true, sample: false };
}

/** Both sources in one list, newest publication first; ties keep a fixed order (by id). */
export function mergeNewsFeed(news: readonly NewsFeedItem[], notices: readonly NoticeNewsItem[]): NewsFeedItem[] {
  return [...news, ...notices.map(noticeAsFeedItem)].sort(
    (a, b) => Date.parse(b.date) - Date.parse(a.date) || a.id.localeCompare(b.id),
  );
}

export interface NewsPage {
  items: NewsFeedItem[];
  /** 1-based. */
  number: number;
  /** How many pages there are (at least 1, even for an empty list). */
  count: number;
}

/**
 * The page a `?stranica=` value asks for, or null when there is no such page (not a whole
 * number from 1, or past the last page). No value means the first page.
 */
export function newsPage(
  items: readonly NewsFeedItem[],
  requested: string | null,
  size = NEWS_PAGE_SIZE,
): NewsPage | null {
  const number = requested === null ? 1 : /^[1-9]\d{0,5}$/.test(requested) ? Number(requested) : 0;
  const count = Math.max(1, Math.ceil(items.length / size));
  if (number < 1 || number > count) return null;
  return { items: items.slice((number - 1) * size, number * size), number, count };
}

/** Link to a page of the news list; the first page has no parameter. */
export function newsPageHref(number: number): string {
  return number === 1 ? '/novosti/' : `/novosti/?${PAGE_PARAM}=${String(number)}`;
}

/** «Страница 2 из 3». */
export function pageOfText(page: Pick<NewsPage, 'number' | 'count'>): string {
  return t('news.pageOf').replace('{number}', String(page.number)).replace('{count}', String(page.count));
}
