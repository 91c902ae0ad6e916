import type { APIRoute } from 'astro';
import { FEED_SIZE, feedUnavailable, noticesRss } from '../../../lib/notice-feeds.ts';
import { rssResponse } from '../../../lib/rss.ts';

export const prerender = false;

export const GET: APIRoute = async ({ locals, site, url }) => {
  if (!locals.monitoring) return feedUnavailable();
  const notices = await locals.monitoring.publishedNotices({ limit: FEED_SIZE, newestBy: 'published' });
  return rssResponse(noticesRss({ site: site ?? url, notices }));
};
