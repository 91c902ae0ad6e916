import { getCollection, type CollectionEntry } from 'astro:content';

/** News, newest first. */
export async function getNews(): Promise<Array<CollectionEntry<'news'>>> {
  return (await getCollection('news')).sort((a, b) => Date.parse(b.data.publishedAt) - Date.parse(a.data.publishedAt));
}

export const newsHref = (id: string): string => `/novosti/${id}/`;
