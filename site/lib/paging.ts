/**
 * Long lists on on-demand pages (the news, the outage notices) in pages of 20, chosen with
 * `?stranica=2`, so a page stays light however long the history grows.
 */
import { t } from '../../core/i18n/i18n.ts';

export const PAGE_SIZE = 20;

/** Query parameter of the page number. */
export const PAGE_PARAM = 'stranica';

export interface ListPage<T> {
  items: T[];
  /** 1-based. */
  number: number;
  /** How many pages there are (at least 1, even for an empty list). */
  count: number;
}

/**
 * The page a `?stranica=` value asks for, or null when there is no such page (not a whole
 * number from 1, or past the last page). No value means the first page.
 */
export function listPage<T>(items: readonly T[], requested: string | null, size = PAGE_SIZE): ListPage<T> | null {
  const number = requested === null ? 1 : /^[1-9]\d{0,5}$/.test(requested) ? Number(requested) : 0;
  const count = Math.max(1, Math.ceil(items.length / size));
  if (number < 1 || number > count) return null;
  return { items: items.slice((number - 1) * size, number * size), number, count };
}

/** Link to a page of a list at `path`; the first page has no parameter. */
export function pageHref(path: string, number: number): string {
  return number === 1 ? path : `${path}?${PAGE_PARAM}=${String(number)}`;
}

/** «Страница 2 из 3». */
export function pageOfText(page: Pick<ListPage<unknown>, 'number' | 'count'>): string {
  return t('paging.pageOf').replace('{number}', String(page.number)).replace('{count}', String(page.count));
}

/** A page's title: later pages say which page they are, so each has a title of its own. */
export function pagedTitle(title: string, page: Pick<ListPage<unknown>, 'number' | 'count'>): string {
  return page.number > 1 ? `${title}. ${pageOfText(page)}` : title;
}
