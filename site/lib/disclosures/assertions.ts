/**
 * Content assertions of the disclosure registry: what a page section must contain to satisfy the
 * legal text (a heading, a phrase, a data field, a link), and the sample mark wherever the item
 * shows sample values. Pure: the same check runs on built pages (the build) and on pages of the
 * running server (tests/e2e/disclosures.spec.ts).
 */
import type { ContentAssertion, DisclosurePlace } from '../../../content/schemas/disclosure.ts';
import { placeUrl } from './evaluate.ts';
import { sectionHtml } from './sections.ts';
import { SAMPLE_MARK_ATTRIBUTE } from '../sample-mark.ts';

/** Comparable text: tags removed, spaces collapsed, «ё» as «е», lower case. */
function plain(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&laquo;|&#171;/g, '«')
    .replace(/&raquo;|&#187;/g, '»')
    .replace(/&quot;|&#34;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .replace(/ё/gi, 'е')
    .trim()
    .toLowerCase();
}

/** «заголовок «…»», «фраза «…»», «поле inn», «ссылка /x/», «отметка «пример»». */
export function describeAssertion(assertion: ContentAssertion | 'sample-mark'): string {
  if (assertion === 'sample-mark') return 'отметка «пример» у значений-образцов';
  if ('heading' in assertion) return `заголовок «${assertion.heading}»`;
  if ('phrase' in assertion) return `текст «${assertion.phrase}»`;
  if ('field' in assertion) return `поле ${assertion.field}`;
  return `ссылка на ${assertion.link}`;
}

function holds(section: string, assertion: ContentAssertion | 'sample-mark'): boolean {
  if (assertion === 'sample-mark') return section.includes(SAMPLE_MARK_ATTRIBUTE);
  if ('heading' in assertion) {
    const wanted = plain(assertion.heading);
    return [...section.matchAll(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/gi)].some((match) =>
      plain(match[2] ?? '').includes(wanted),
    );
  }
  if ('phrase' in assertion) return plain(section).includes(plain(assertion.phrase));
  if ('field' in assertion) {
    const open = new RegExp(`<([a-z][a-z0-9]*)\\b[^>]*\\bdata-field="${assertion.field}"[^>]*>`, 'i').exec(section);
    if (!open) return false;
    const close = section.indexOf(`</${open[1] ?? ''}`, open.index);
    return plain(section.slice(open.index + open[0].length, close < 0 ? undefined : close)) !== '';
  }
  return section.includes(`href="${assertion.link}"`);
}

export interface AssertionCheck {
  /** Where it was checked, «/o-kompanii/kontakty/#requisites». */
  place: string;
  assertion: string;
  ok: boolean;
}

/**
 * Every assertion of a place checked on its page: inside the anchored section (the heading's
 * text included), or the whole <main> without an anchor. `sample` adds the sample-mark check.
 */
export function checkPlace(html: string, place: DisclosurePlace, sample: boolean): AssertionCheck[] {
  const main = /<main\b[\s\S]*<\/main>/i.exec(html)?.[0] ?? html;
  // The anchored element's own opening tag belongs to its section: its heading text is checked too.
  const open =
    place.anchor === undefined
      ? ''
      : (new RegExp(`<[a-z][a-z0-9]*\\b[^>]*\\bid="${place.anchor}"[^>]*>`, 'i').exec(main)?.[0] ?? '');
  const section = place.anchor === undefined ? main : open + (sectionHtml(main, place.anchor) ?? '');
  const assertions: Array<ContentAssertion | 'sample-mark'> = [
    ...place.expect,
    ...(sample ? ['sample-mark' as const] : []),
  ];
  return assertions.map((assertion) => ({
    place: placeUrl(place),
    assertion: describeAssertion(assertion),
    ok: holds(section, assertion),
  }));
}
