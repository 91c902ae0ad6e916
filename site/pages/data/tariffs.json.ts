import type { APIRoute } from 'astro';
import { tariffRows } from '../../lib/tariffs/open-data.ts';
import { getTariffPeriods } from '../../lib/tariffs/periods.ts';

/** Every tariff of every period, one object per price; prerendered at build. */
export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(tariffRows(await getTariffPeriods()), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
