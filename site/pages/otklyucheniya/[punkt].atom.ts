/** Atom feed of the outages in one locality, e.g. /otklyucheniya/tomsk.atom. */
import type { APIRoute } from 'astro';
import { feedResponse, outageFeedContext } from '../../lib/outage-feed-route.ts';
import { outagesAtom } from '../../lib/outage-feeds.ts';

export const prerender = false;

export const GET: APIRoute = async ({ params, site, url }) => {
  const context = await outageFeedContext(params['punkt'], site ?? url);
  if (context instanceof Response) return context;
  return feedResponse(outagesAtom(context), 'application/atom+xml; charset=utf-8');
};
