/** The auditor's report as a spreadsheet, same columns as /disclosures.json plus the reason. */
import type { APIRoute } from 'astro';
import { toCsv } from '../../core/csv.ts';
import { disclosureReport } from '../lib/disclosures/report.ts';

export const GET: APIRoute = async () => {
  const rows = (await disclosureReport()).map((row) => ({
    id: row.id,
    title: row.title,
    basis: row.basis,
    status: row.status,
    url: row.url ?? '',
    updatedAt: row.updatedAt ?? '',
    note: row.note ?? row.problem ?? '',
  }));
  return new Response(toCsv(rows, ['id', 'title', 'basis', 'status', 'url', 'updatedAt', 'note']), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
