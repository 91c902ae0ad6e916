/**
 * The information architecture: stable transliterated slugs for every section.
 * The main navigation, breadcrumbs and the footer are all built from this one tree.
 */
import { STATUS_PAGE_PATH } from '../../content/schemas/forms/status-lookup.ts';
import { t, type UiKey } from '../../core/i18n/i18n.ts';

export interface NavItem {
  href: string;
  titleKey: UiKey;
  children?: readonly NavItem[];
}

export const mainNavigation: readonly NavItem[] = [
  { href: '/fizicheskim-licam/', titleKey: 'nav.individuals' },
  { href: '/yuridicheskim-licam/', titleKey: 'nav.businesses' },
  { href: '/oplata/', titleKey: 'nav.payment' },
  { href: '/peredat-pokazaniya/', titleKey: 'nav.readings' },
  { href: '/otklyucheniya/', titleKey: 'nav.outages' },
  {
    href: '/internet-priemnaya/',
    titleKey: 'nav.reception',
    children: [
      { href: '/internet-priemnaya/voprosy-otvety/', titleKey: 'nav.faq' },
      { href: STATUS_PAGE_PATH, titleKey: 'nav.appealStatus' },
    ],
  },
  // After the reception, so breadcrumbs of FAQ pages still go through «Интернет-приёмная».
  { href: '/internet-priemnaya/voprosy-otvety/', titleKey: 'nav.faqMain' },
  { href: '/raskrytie-informacii/', titleKey: 'nav.disclosure' },
  {
    href: '/o-kompanii/',
    titleKey: 'nav.about',
    children: [
      { href: '/o-kompanii/kontakty/', titleKey: 'nav.contacts' },
      { href: '/o-kompanii/ofisy/', titleKey: 'nav.offices' },
      {
        href: '/o-kompanii/standart-kachestva/',
        titleKey: 'nav.standard',
        // The full text's parts are below its contents page.
        children: [{ href: '/o-kompanii/standart-kachestva/tekst/', titleKey: 'standard.crumb' }],
      },
    ],
  },
];

/** Sections that are not in the main menu but still have a fixed place. */
export const utilityPages = {
  search: '/poisk/',
  accessibility: '/versiya-dlya-slabovidyashchih/',
  tariffs: '/tarify/',
  faq: '/internet-priemnaya/voprosy-otvety/',
  documents: '/dokumenty/',
  news: '/novosti/',
  /** The question form of the Интернет-приёмная; `?text=` pre-fills the question. */
  askSpecialist: '/internet-priemnaya/vopros/',
} as const;

/** Sections outside the main menu that have pages below them, so those pages get breadcrumbs too. */
const utilitySections: readonly NavItem[] = [{ href: utilityPages.tariffs, titleKey: 'nav.tariffs' }];

export interface Crumb {
  href: string;
  title: string;
}

function withTrailingSlash(path: string): string {
  return path.endsWith('/') ? path : `${path}/`;
}

/** True when `pathname` is the item's page or lies below it: marks the current section in the menu. */
export function isInSection(item: NavItem, pathname: string): boolean {
  return withTrailingSlash(pathname).startsWith(item.href);
}

/**
 * Breadcrumbs from the home page down to the parent of `pathname`, using the navigation tree
 * for known sections. The current page itself is not a link and is added by the caller.
 */
export function breadcrumbsFor(pathname: string): Crumb[] {
  const path = withTrailingSlash(pathname);
  const crumbs: Crumb[] = [{ href: '/', title: t('site.home') }];
  let level: readonly NavItem[] = [...mainNavigation, ...utilitySections];
  for (;;) {
    const parent = level.find((item) => path.startsWith(item.href) && path !== item.href);
    if (!parent) return crumbs;
    crumbs.push({ href: parent.href, title: t(parent.titleKey) });
    level = parent.children ?? [];
  }
}
