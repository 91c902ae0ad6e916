/**
 * After the build: does every registry target point at a built page, an anchor on it and a
 * section with text? On-demand pages are not on disk; their anchors are checked end to end.
 */
import type { Disclosure } from '../../../content/schemas/disclosure.ts';
import type { DisclosureRow } from './evaluate.ts';
import { sectionProblem } from './sections.ts';

export interface BuiltSite {
  /** HTML of a prerendered page by path («/oplata/»), or null when there is none. */
  page: (path: string) => string | null;
  /** A prerendered non-HTML file such as «/disclosures.json» exists. */
  hasFile: (path: string) => boolean;
  /** The path is served by an on-demand route. */
  isOnDemand: (path: string) => boolean;
}

export function targetProblem(item: Disclosure, site: BuiltSite): string | null {
  const { target } = item;
  if (target.type === 'not-applicable') return null;
  if (!target.path.endsWith('/')) return site.hasFile(target.path) ? null : `файл ${target.path} не создан`;
  const html = site.page(target.path);
  if (html !== null) return sectionProblem(html, target.anchor);
  if (site.isOnDemand(target.path)) return null;
  return `страница ${target.path} не существует`;
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
