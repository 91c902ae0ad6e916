/** RSS 2.0 and JSON Feed 1.1 of the outage notices, built from the same words as the section page. */
import type { NoticeText } from '../../forms-api/src/monitoring/notice-text.ts';
import { NOTICES_PATH } from '../../forms-api/src/monitoring/notice-text.ts';
import { t } from './i18n.ts';

/** Entries per feed: the newest publications. */
export const FEED_SIZE = 50;

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (char) => `&#${String(char.charCodeAt(0))};`);
}

export interface FeedContext {
  site: URL;
  notices: readonly NoticeText[];
}

export function noticesRss({ site, notices }: FeedContext): string {
  const page = new URL(NOTICES_PATH, site).href;
  const items = notices.map((notice) => {
    const link = new URL(notice.path, site).href;
    return `    <item>
      <title>${escapeXml(notice.title)}</title>
      <link>${escapeXml(link)}</link>
      <guid isPermaLink="false">site-outage-${String(notice.id)}</guid>
      <pubDate>${new Date(notice.published.iso).toUTCString()}</pubDate>
      <description>${escapeXml(notice.summary)}</description>
    </item>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
  <channel>
    <title>${escapeXml(t('outages.title'))}</title>
    <link>${escapeXml(page)}</link>
    <description>${escapeXml(t('outages.description'))}</description>
    <language>ru</language>
${items.join('\n')}
  </channel>
</rss>
`;
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
