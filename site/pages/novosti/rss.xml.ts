/** RSS 2.0 feed of the news (and, later, site-outage notices). */
import type { APIRoute } from 'astro';
import { getCompany } from '../../lib/company.ts';
import { t } from '../../lib/i18n.ts';
import { getNews, newsHref } from '../../lib/news.ts';

const escapeXml = (text: string): string => text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);

export const GET: APIRoute = async ({ site }) => {
  const company = await getCompany();
  const base = site ?? new URL('http://127.0.0.1/');
  const items = (await getNews()).map((item) => {
    const link = new URL(newsHref(item.id), base).href;
    return `<item><title>${escapeXml(item.data.title)}</title><link>${link}</link><guid>${link}</guid><pubDate>${new Date(item.data.publishedAt).toUTCString()}</pubDate><description>${escapeXml(item.data.description)}</description></item>`;
  });
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${escapeXml(`${t('nav.news')} — ${company.shortName}`)}</title><link>${new URL('/novosti/', base).href}</link><description>${escapeXml(company.status)}</description><language>ru</language>${items.join('')}</channel></rss>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
