/**
 * After the build: does every place of every registry item (its target and `alsoAt`) point at a
 * built page, an anchor on it and a section with text? On-demand pages are not on disk: the same
 * section check runs on them end to end, against the running server (tests/e2e/disclosures.spec.ts).
 */
import type { Disclosure, DisclosurePlace } from '../../../content/schemas/disclosure.ts';
import { disclosurePlaces, problemAt, type DisclosureRow } from './evaluate.ts';
import { sectionProblem } from './sections.ts';

export interface BuiltSite {
  /** HTML of a prerendered page by path («/oplata/»), or null when there is none. */
  page: (path: string) => string | null;
  /** A prerendered non-HTML file such as «/disclosures.json» exists. */
  hasFile: (path: string) => boolean;
  /** The path is served by an on-demand route. */
  isOnDemand: (path: string) => boolean;
}

function placeProblem(place: DisclosurePlace, site: BuiltSite): string | null {
  if (!place.path.endsWith('/')) return site.hasFile(place.path) ? null : `файл ${place.path} не создан`;
  const html = site.page(place.path);
  if (html !== null) return sectionProblem(html, place.anchor);
  if (site.isOnDemand(place.path)) return null;
  return `страница ${place.path} не существует`;
}

/** The first broken place of an item (its target, then `alsoAt`), or null when all are there. */
export function targetProblem(item: Disclosure, site: BuiltSite): string | null {
  const places = disclosurePlaces(item);
  for (const [index, place] of places.entries()) {
    const problem = placeProblem(place, site);
    if (problem !== null) return problemAt(places, index, problem);
  }
  return null;
}

/** Rows in the shape assertDisclosuresComplete() reports, one per item whose target is broken. */
export function brokenTargets(items: readonly Disclosure[], site: BuiltSite): DisclosureRow[] {
  return items.flatMap((item) => {
    const problem = targetProblem(item, site);
    if (problem === null) return [];
    return [
      {
        id: item.id,
        title: item.title,
        basis: item.basis.join('; '),
        status: 'missing' as const,
        url: null,
        updatedAt: null,
        required: item.required,
        problem,
        note: null,
      },
    ];
  });
}
