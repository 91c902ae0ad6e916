/**
 * The service standard's full text as one page per part, as GOV.UK splits long guides: a chapter
 * with sections gets a page per section, a chapter without them a page of its own. A whole text
 * page weighed 53 KB against the 20 KB budget of a content page (issue 18). Anchors stay those of
 * the document («glava-5-razdel-1-p-3-9»); a part's page is named after the part's anchor.
 */
import type { StandardChapter, StandardDocument, StandardPart } from './parse.ts';

export const STANDARD_TEXT_PATH = '/o-kompanii/standart-kachestva/tekst/';

export interface StandardPage {
  /** The part's anchor, also the last segment of the page's address. */
  id: string;
  chapter: StandardChapter;
  /** Null for a chapter without sections: the page is the chapter. */
  section: StandardPart | null;
  /** The first page of its chapter: it carries the chapter's anchor and its text before the sections. */
  opensChapter: boolean;
}

export function standardPages(document: StandardDocument): StandardPage[] {
  return document.chapters.flatMap((chapter): StandardPage[] =>
    chapter.sections.length === 0
      ? [{ id: chapter.id, chapter, section: null, opensChapter: true }]
      : chapter.sections.map((section, index) => ({ id: section.id, chapter, section, opensChapter: index === 0 })),
  );
}

export function standardPagePath(page: Pick<StandardPage, 'id'>): string {
  return `${STANDARD_TEXT_PATH}${page.id}/`;
}

/**
 * The page an anchor of the text is on: the part whose anchor it is or starts with («glava-5» is
 * on the chapter's first page). Undefined for anchors of the foreword (on the contents page).
 */
export function standardPageOf(anchor: string, pages: readonly StandardPage[]): StandardPage | undefined {
  const within = (id: string): boolean => anchor === id || anchor.startsWith(`${id}-`);
  return (
    pages.filter((page) => within(page.id)).sort((a, b) => b.id.length - a.id.length)[0] ??
    pages.find((page) => page.opensChapter && within(page.chapter.id))
  );
}
