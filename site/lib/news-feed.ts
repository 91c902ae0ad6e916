/**
 * The news list and its RSS: the Markdown news merged with the outage notices that the ledger
 * publishes (Tomsk standard 3.13 wants them «в новостях и в спецразделе»). Pure, so the order is
 * tested without a build.
 */
import type { NoticeNewsItem } from '../../core/monitoring/notice-text.ts';

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

export function noticeAsFeedItem(notice: NoticeNewsItem): NewsFeedItem {
  return { ...notice, href: notice.path, source: 'outage-ledger', siteOutage: true, sample: false };
}

/** Both sources in one list, newest publication first; ties keep a fixed order (by id). */
export function mergeNewsFeed(news: readonly NewsFeedItem[], notices: readonly NoticeNewsItem[]): NewsFeedItem[] {
  return [...news, ...notices.map(noticeAsFeedItem)].sort(
    (a, b) => Date.parse(b.date) - Date.parse(a.date) || a.id.localeCompare(b.id),
  );
}
