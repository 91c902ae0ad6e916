/** The auditor's report as data: every registry item with its status (issue: «/disclosures.json»). */
import type { APIRoute } from 'astro';
import { disclosureReport } from '../lib/disclosures/report.ts';

export const GET: APIRoute = async () => {
  const rows = await disclosureReport();
  return Response.json(
    rows.map(({ id, title, basis, status, url, updatedAt }) => ({ id, title, basis, status, url, updatedAt })),
  );
};
