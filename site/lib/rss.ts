/** RSS 2.0 documents: the news feed and the outage notices' feed are written by this one function. */

export interface RssItem {
  title: string;
  /** Absolute URL. */
  link: string;
  /** Stable identifier; a permalink unless `guidIsPermaLink` is false. */
  guid: string;
  guidIsPermaLink: boolean;
  /** Publication moment, ISO 8601. */
  published: string;
  description: string;
}

export interface RssChannel {
  title: string;
  /** Absolute URL of the page the feed belongs to. */
  link: string;
  description: string;
  items: readonly RssItem[];
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (char) => `&#${String(char.charCodeAt(0))};`);
}

export function rssDocument(channel: RssChannel): string {
  const items = channel.items.map(
    (item) => `    <item>
      <title>${escapeXml(item.title)}</title>
      <link>${escapeXml(item.link)}</link>
      <guid isPermaLink="${String(item.guidIsPermaLink)}">${escapeXml(item.guid)}</guid>
      <pubDate>${new Date(item.published).toUTCString()}</pubDate>
      <description>${escapeXml(item.description)}</description>
    </item>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
  <channel>
    <title>${escapeXml(channel.title)}</title>
    <link>${escapeXml(channel.link)}</link>
    <description>${escapeXml(channel.description)}</description>
    <language>ru</language>
${items.join('\n')}
  </channel>
</rss>
`;
}

/** The answer for an RSS route: revalidated on every request, so a new entry shows within a minute. */
export function rssResponse(xml: string): Response {
  return new Response(xml, {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8', 'Cache-Control': 'no-cache' },
  });
}
