/** The auditor's report as a spreadsheet, the same columns as /disclosures.json. */
import type { APIRoute } from 'astro';
import { disclosuresCsv, publishedRow } from '../lib/disclosures/exports.ts';
import { disclosureReport } from '../lib/disclosures/report.ts';

export const GET: APIRoute = async () =>
  new Response(disclosuresCsv((await disclosureReport()).map(publishedRow)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
