/** RSS 2.0 of the news with the outage notices merged in, rendered on request (no rebuild for a notice). */
import type { APIRoute } from 'astro';
import { getCompany } from '../../lib/company.ts';
import { t } from '../../../core/i18n/i18n.ts';
import { getNewsFeed } from '../../lib/news.ts';
import { FEED_SIZE } from '../../lib/notice-feeds.ts';
import { rssDocument, rssResponse } from '../../lib/rss.ts';

export const prerender = false;

export const GET: APIRoute = async ({ locals, site, url }) => {
  const company = await getCompany();
  const base = site ?? url;
  const items = (await getNewsFeed(locals.monitoring, FEED_SIZE)).map((item) => {
    const link = new URL(item.href, base).href;
    // A notice keeps the guid of the section's own feed, so a reader of both sees it once.
    const guid = item.source === 'news' ? link : item.id;
    return {
      title: item.title,
      link,
      guid,
      guidIsPermaLink: item.source === 'news',
      published: item.date,
      description: item.summary,
    };
  });
  return rssResponse(
    rssDocument({
      title: `${t('nav.news')} — ${company.shortName}`,
      link: new URL('/novosti/', base).href,
      description: company.status,
      items,
    }),
  );
};
