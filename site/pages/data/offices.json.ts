/** Offices and remote channels for re-use (open data): the same content the offices page shows. */
import type { APIRoute } from 'astro';
import { getCompany } from '../../lib/company.ts';
import { getOffices, getRemoteChannels } from '../../lib/offices/load.ts';

export const GET: APIRoute = async () => {
  const { timeZone } = await getCompany();
  const body = { timeZone, offices: await getOffices(), remoteChannels: await getRemoteChannels() };
  return Response.json(body);
};
