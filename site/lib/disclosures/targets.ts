/**
 * After the build: does every place of every registry item (its target and `alsoAt`) point at a
 * built page, an anchor on it and a section with text, and does the section contain what the item
 * declares (`expect`, and the sample mark when the item shows sample values)? On-demand pages are
 * not on disk: the same checks run on them end to end, against the running server
 * (tests/e2e/disclosures.spec.ts).
 */
import type { Disclosure, DisclosurePlace } from '../../../content/schemas/disclosure.ts';
import { checkPlace, describeAssertion, type AssertionCheck } from './assertions.ts';
import { disclosurePlaces, placeUrl, problemAt, type DisclosureRow } from './evaluate.ts';
import { sectionProblem } from './sections.ts';

export interface BuiltSite {
  /** HTML of a prerendered page by path («/oplata/»), or null when there is none. */
  page: (path: string) => string | null;
  /** A prerendered non-HTML file such as «/disclosures.json» exists. */
  hasFile: (path: string) => boolean;
  /** The path is served by an on-demand route. */
  isOnDemand: (path: string) => boolean;
}

/** A check of one assertion; `null` result: on an on-demand page, checked on the running server. */
export interface PlaceCheck extends Omit<AssertionCheck, 'ok'> {
  ok: boolean | null;
}

function placeProblem(place: DisclosurePlace, site: BuiltSite): string | null {
  if (!place.path.endsWith('/')) return site.hasFile(place.path) ? null : `файл ${place.path} не создан`;
  const html = site.page(place.path);
  if (html !== null) return sectionProblem(html, place.anchor);
  if (site.isOnDemand(place.path)) return null;
  return `страница ${place.path} не существует`;
}

/**
 * Every content check of an item on the built site. An item showing sample values needs the
 * «пример» mark in at least one of its places: the one where the sample value is.
 */
export function contentChecks(item: Disclosure, site: BuiltSite, sample: boolean): PlaceCheck[] {
  const checks = disclosurePlaces(item).flatMap((place): PlaceCheck[] => {
    const html = place.path.endsWith('/') ? site.page(place.path) : null;
    // On-demand pages (and data files) are checked end to end, not here.
    if (html === null) return checkPlace('', place, sample).map((check) => ({ ...check, ok: null }));
    return checkPlace(html, place, sample);
  });
  const mark = describeAssertion('sample-mark');
  const marks = checks.filter((check) => check.assertion === mark);
  const found = marks.find((check) => check.ok !== false) ?? marks[0];
  return [...checks.filter((check) => check.assertion !== mark), ...(found ? [found] : [])];
}

/** The first broken place of an item (its target, then `alsoAt`), or null when all are there. */
export function targetProblem(item: Disclosure, site: BuiltSite, sample = false): string | null {
  const places = disclosurePlaces(item);
  for (const [index, place] of places.entries()) {
    const problem = placeProblem(place, site);
    if (problem !== null) return problemAt(places, index, problem);
  }
  const failed = contentChecks(item, site, sample).find((check) => check.ok === false);
  return failed ? `${failed.place}: нет — ${failed.assertion}` : null;
}

/** Rows in the shape assertDisclosuresComplete() reports, one per item whose target is broken. */
export function brokenTargets(
  items: readonly Disclosure[],
  site: BuiltSite,
  isSample: (id: string) => boolean = () => false,
): DisclosureRow[] {
  return items.flatMap((item) => {
    const problem = targetProblem(item, site, isSample(item.id));
    if (problem === null) return [];
    return [
      {
        id: item.id,
        title: item.title,
        basis: item.basis.join('; '),
        status: 'missing' as const,
        url: item.target.type === 'not-applicable' ? null : placeUrl(item.target),
        updatedAt: null,
        required: item.required,
        problem,
        note: null,
      },
    ];
  });
}
