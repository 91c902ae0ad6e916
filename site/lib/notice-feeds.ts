/** RSS 2.0 and JSON Feed 1.1 of the outage notices, built from the same words as the section page. */
import type { NoticeText } from '../../core/monitoring/notice-text.ts';
import { NOTICES_PATH } from '../../core/monitoring/notice-text.ts';
import { t } from '../../core/i18n/i18n.ts';
import { rssDocument } from './rss.ts';

/** Entries per feed: the newest publications. */
export const FEED_SIZE = 50;

export interface FeedContext {
  site: URL;
  notices: readonly NoticeText[];
}

export function noticesRss({ site, notices }: FeedContext): string {
  return rssDocument({
    title: t('outages.title'),
    link: new URL(NOTICES_PATH, site).href,
    description: t('outages.description'),
    items: notices.map((notice) => ({
      title: notice.title,
      link: new URL(notice.path, site).href,
      guid: `site-outage-${String(notice.id)}`,
      guidIsPermaLink: false,
      published: notice.published.iso,
      description: notice.summary,
    })),
  });
}

export function noticesJsonFeed({ site, notices }: FeedContext): object {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: t('outages.title'),
    home_page_url: new URL(NOTICES_PATH, site).href,
    feed_url: new URL(`${NOTICES_PATH}feed.json`, site).href,
    language: 'ru',
    items: notices.map((notice) => ({
      id: `site-outage-${String(notice.id)}`,
      url: new URL(notice.path, site).href,
      title: notice.title,
      content_text: notice.summary,
      date_published: notice.published.iso,
      _outage: {
        cause: notice.cause,
        stopped: notice.stopped.iso,
        resumed: notice.resumed.iso,
        duration: notice.duration,
        maintenance: notice.maintenance,
      },
    })),
  };
}

/** 503 with a Russian reason when the page runs without the API (e.g. `astro dev`). */
export function feedUnavailable(): Response {
  return new Response(t('outages.unavailable'), {
    status: 503,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
