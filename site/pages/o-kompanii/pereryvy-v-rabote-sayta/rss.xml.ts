import type { APIRoute } from 'astro';
import { FEED_SIZE, feedUnavailable, noticesRss } from '../../../lib/notice-feeds.ts';

export const prerender = false;

export const GET: APIRoute = async ({ locals, site, url }) => {
  if (!locals.monitoring) return feedUnavailable();
  const notices = await locals.monitoring.publishedNotices({ limit: FEED_SIZE, newestBy: 'published' });
  return new Response(noticesRss({ site: site ?? url, notices }), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8', 'Cache-Control': 'no-cache' },
  });
};
