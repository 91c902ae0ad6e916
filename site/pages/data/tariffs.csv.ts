import type { APIRoute } from 'astro';
import { toCsv } from '../../../core/csv.ts';
import { TARIFF_COLUMNS, tariffRows } from '../../lib/tariffs/open-data.ts';
import { getTariffPeriods } from '../../lib/tariffs/periods.ts';

/** The same rows as /data/tariffs.json, for spreadsheets; prerendered at build. */
export const GET: APIRoute = async () =>
  new Response(toCsv(tariffRows(await getTariffPeriods()), TARIFF_COLUMNS), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
