/** iCalendar feed of the outages in one locality, e.g. /otklyucheniya/tomsk.ics. */
import type { APIRoute } from 'astro';
import { feedResponse, outageFeedContext } from '../../lib/outage-feed-route.ts';
import { outagesCalendar } from '../../lib/outage-feeds.ts';

export const prerender = false;

export const GET: APIRoute = async ({ params, site, url }) => {
  const context = await outageFeedContext(params['punkt'], site ?? url);
  if (context instanceof Response) return context;
  return feedResponse(outagesCalendar(context), 'text/calendar; charset=utf-8');
};
