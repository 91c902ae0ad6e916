import { getCollection, type CollectionEntry } from 'astro:content';
import { mergeNewsFeed, type NewsFeedItem } from './news-feed.ts';

/** News, newest first. */
export async function getNews(): Promise<Array<CollectionEntry<'news'>>> {
  return (await getCollection('news')).sort((a, b) => Date.parse(b.data.publishedAt) - Date.parse(a.data.publishedAt));
}

export const newsHref = (id: string): string => `/novosti/${id}/`;

function newsAsFeedItem(entry: CollectionEntry<'news'>): NewsFeedItem {
  return {
    id: entry.id,
    title: entry.data.title,
    date: entry.data.publishedAt,
    href: newsHref(entry.id),
    summary: entry.data.description,
    source: 'news',
    siteOutage: entry.data.kind === 'site-outage',
    sample: entry.data.sample,
  };
}

/**
 * The news with the outage notices published so far, newest first, read at request time so a
 * notice shows without a rebuild. Without the API behind the page (`astro dev`) only the news.
 */
export async function getNewsFeed(monitoring: App.Locals['monitoring'], limit?: number): Promise<NewsFeedItem[]> {
  const news = (await getNews()).map(newsAsFeedItem);
  const notices = monitoring ? await monitoring.noticesForNewsFeed(limit === undefined ? {} : { limit }) : [];
  const merged = mergeNewsFeed(news, notices);
  return limit === undefined ? merged : merged.slice(0, limit);
}

/**
 * The newest notice of a break in the site's work, from the ledger (one row read) or written as
 * news, for the home page's banner.
 */
export async function latestSiteOutage(monitoring: App.Locals['monitoring']): Promise<NewsFeedItem | undefined> {
  const news = (await getNews()).filter((entry) => entry.data.kind === 'site-outage').map(newsAsFeedItem);
  const notices = monitoring ? await monitoring.noticesForNewsFeed({ limit: 1 }) : [];
  return mergeNewsFeed(news, notices)[0];
}
