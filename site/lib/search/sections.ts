/**
 * Search filter values for a page: the site section it belongs to and whom it is for.
 * Sections are the main navigation's top level, with «Вопросы-ответы», «Тарифы», «Документы» and
 * «Новости» on their own.
 */
import { FAQ_AUDIENCES } from '../../../content/schemas/faq.ts';
import { t } from '../../../core/i18n/i18n.ts';
import { mainNavigation, utilityPages } from '../navigation.ts';

const SECTIONS = [
  { href: utilityPages.faq, title: t('nav.faq') },
  { href: utilityPages.tariffs, title: t('nav.tariffs') },
  ...mainNavigation.map((item) => ({ href: item.href, title: t(item.titleKey) })),
  { href: utilityPages.documents, title: t('nav.documents') },
  { href: utilityPages.news, title: t('nav.news') },
];

/** Section names in the order the search page's «Раздел» filter lists them. */
export const SEARCH_SECTIONS = SECTIONS.map((section) => section.title);

export function sectionFor(pathname: string): string | undefined {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return SECTIONS.filter((section) => path.startsWith(section.href)).sort((a, b) => b.href.length - a.href.length)[0]
    ?.title;
}

/**
 * What the ranking needs to know of a page: a section's own page (/oplata/) or an editors' page
 * on one topic (/uchet/, /dogovor/; `topic`), the curated entry points for their topics, or an
 * answer of «Вопросы-ответы». Task pages are marked by the build.
 */
export function pageKind(pathname: string, topic = false): 'section' | 'answer' | undefined {
  if (topic || SECTIONS.some((section) => section.href === pathname)) return 'section';
  if (pathname.startsWith(utilityPages.faq) && pathname !== utilityPages.faq) return 'answer';
  return undefined;
}

/** Pages of the two audience sections are for that audience; every other page is for both. */
export function audiencesFor(pathname: string): string[] {
  if (pathname.startsWith('/fizicheskim-licam/')) return [FAQ_AUDIENCES.ФЛ];
  if (pathname.startsWith('/yuridicheskim-licam/')) return [FAQ_AUDIENCES.ЮЛ];
  return Object.values(FAQ_AUDIENCES);
}
