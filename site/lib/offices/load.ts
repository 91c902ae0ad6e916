import { CONTENT } from '../../../content/registry.ts';
import { getCollection } from 'astro:content';
import type { Office } from '../../../content/schemas/office.ts';
import type { RemoteChannel } from '../../../content/schemas/remote-channel.ts';

/** Content files the offices page and data files are made from (for «Дата обновления»). */
export const OFFICE_SOURCES = [CONTENT.offices.file, CONTENT.remoteChannels.file];

/** Customer service centres first, then payment points, each by name. */
export async function getOffices(): Promise<Office[]> {
  return (await getCollection('offices'))
    .map((entry) => entry.data)
    .sort((a, b) => Number(b.serviceCenter) - Number(a.serviceCenter) || a.name.localeCompare(b.name, 'ru'));
}

export async function getRemoteChannels(): Promise<RemoteChannel[]> {
  return (await getCollection('remoteChannels')).map((entry) => entry.data);
}
