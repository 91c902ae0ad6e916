/**
 * The data of the results a query shows, fetched in one request (`GET /pagefind/fragments`)
 * instead of one per result: over HTTP/1.1 each of the ten cost ~450 bytes of headers, and
 * compressed together they share their words. The results asked for in the same turn (the
 * ranking asks for its ten at once) go in one request; a result fetched before is not fetched
 * again, and one whose request failed is asked for again next time.
 */
import type { PagefindResultData, SearchIndex } from './index-api.ts';

/** Fetches the data of the given results by id, in one request. */
export type FetchFragments = (ids: string[]) => Promise<Record<string, PagefindResultData>>;

export function withFragmentSets(index: SearchIndex, fetchFragments: FetchFragments): SearchIndex {
  const loaded = new Map<string, Promise<PagefindResultData>>();
  let queued: string[] = [];
  let set: Promise<Record<string, PagefindResultData>> | undefined;

  function data(id: string): Promise<PagefindResultData> {
    let pending = loaded.get(id);
    if (!pending) {
      set ??= Promise.resolve().then(() => {
        const ids = queued.sort();
        queued = [];
        set = undefined;
        return fetchFragments(ids);
      });
      queued.push(id);
      pending = set.then((found) => {
        const page = found[id];
        if (!page) throw new Error(`no search data for ${id}`);
        // As Pagefind's own fetch gives it, so that the server ranks the same.
        return { ...page, content: page.content.replace(/\u200B/g, '') };
      });
      pending.catch(() => loaded.delete(id));
      loaded.set(id, pending);
    }
    return pending;
  }

  return {
    preload: (term, options) => index.preload(term, options),
    search: async (term, options) => {
      const response = await index.search(term, options);
      return response && { results: response.results.map((result) => ({ ...result, data: () => data(result.id) })) };
    },
  };
}
