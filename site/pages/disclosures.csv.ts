/** The auditor's report as a spreadsheet, same columns as /disclosures.json plus the reason. */
import type { APIRoute } from 'astro';
import { csvResponse, toCsv } from '../lib/csv.ts';
import { disclosureReport } from '../lib/disclosures/report.ts';

export const GET: APIRoute = async () => {
  const rows = await disclosureReport();
  return csvResponse(
    toCsv(
      ['id', 'title', 'basis', 'status', 'url', 'updatedAt', 'note'],
      rows.map((row) => [row.id, row.title, row.basis, row.status, row.url, row.updatedAt, row.note ?? row.problem]),
    ),
  );
};
