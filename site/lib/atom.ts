/** Atom 1.0 documents (RFC 4287): the feed and each entry carry id, title and updated; the feed an author. */
import { escapeXml } from './rss.ts';

export interface AtomEntry {
  /** Permanent IRI of the entry. */
  id: string;
  title: string;
  /** ISO 8601 instant of the last significant change. */
  updated: string;
  /** Absolute URL of the entry on the site. */
  link: string;
  summary: string;
}

export interface AtomFeed {
  /** Absolute URL of the feed itself: its id and rel="self". */
  self: string;
  /** Absolute URL of the page the feed belongs to. */
  link: string;
  title: string;
  author: string;
  /** Latest change; the feed's `updated`. */
  updated: string;
  entries: readonly AtomEntry[];
}

/** RFC 3339 in UTC, as Atom's date constructs require. */
const atomDate = (iso: string): string => new Date(iso).toISOString();

export function atomDocument(feed: AtomFeed): string {
  const entries = feed.entries.map(
    (entry) => `  <entry>
    <id>${escapeXml(entry.id)}</id>
    <title type="text">${escapeXml(entry.title)}</title>
    <updated>${atomDate(entry.updated)}</updated>
    <link rel="alternate" type="text/html" href="${escapeXml(entry.link)}"/>
    <summary type="text">${escapeXml(entry.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ru">
  <id>${escapeXml(feed.self)}</id>
  <title type="text">${escapeXml(feed.title)}</title>
  <updated>${atomDate(feed.updated)}</updated>
  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(feed.link)}"/>
  <author><name>${escapeXml(feed.author)}</name></author>
${entries.join('\n')}
</feed>
`;
}
