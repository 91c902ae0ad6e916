/** The auditor's report as data: every registry item with its status (issue: «/disclosures.json»). */
import type { APIRoute } from 'astro';
import { publishedRow } from '../lib/disclosures/exports.ts';
import { disclosureReport } from '../lib/disclosures/report.ts';

export const GET: APIRoute = async () => Response.json((await disclosureReport()).map(publishedRow));
