import { CONTENT } from '../../../content/registry.ts';
import { getCollection } from 'astro:content';
import type { Office } from '../../../content/schemas/office.ts';
import { publicDaysOff } from '../../../core/calendar/days-off.ts';
import { localDate } from '../../../core/dates.ts';
import { withDaysOff } from '../../../core/opening-hours/days-off.ts';
import { getCompany } from '../company.ts';
import type { RemoteChannel } from '../../../content/schemas/remote-channel.ts';

/** Content files the offices page and data files are made from (for «Дата обновления»). */
export const OFFICE_SOURCES = [CONTENT.offices.file, CONTENT.remoteChannels.file];

/** Public days off of this year and the next, from the working-day calendar. */
async function daysOffAround(today: string): Promise<string[]> {
  const years = (await getCollection('calendar')).map((entry) => entry.data);
  const year = Number(today.slice(0, 4));
  return [...publicDaysOff(years, year), ...publicDaysOff(years, year + 1)];
}

/** Customer service centres first, then payment points, each by name; closed on public days off. */
export async function getOffices(): Promise<Office[]> {
  const daysOff = await daysOffAround(localDate(new Date(), (await getCompany()).timeZone));
  return (await getCollection('offices'))
    .map((entry) => ({ ...entry.data, hours: withDaysOff(entry.data.hours, daysOff) }))
    .sort((a, b) => Number(b.serviceCenter) - Number(a.serviceCenter) || a.name.localeCompare(b.name, 'ru'));
}

export async function getRemoteChannels(): Promise<RemoteChannel[]> {
  return (await getCollection('remoteChannels')).map((entry) => entry.data);
}
