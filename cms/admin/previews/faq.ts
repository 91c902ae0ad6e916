/** Preview of one answer as its page shows it (site/pages/internet-priemnaya/voprosy-otvety/[slug].astro). */
import { FAQ_AUDIENCES, FAQ_CATEGORIES, type Faq } from '../../../content/schemas/faq.ts';
import { t } from '../../../core/i18n/i18n.ts';
import { formatCalendarDate } from '../../../core/dates.ts';
import { decap, entryData, type PreviewProps } from '../decap.ts';

/** «2026-11-20» (a string in the form, a Date once loaded) → «20 ноября 2026 г.». */
function dateText(value: unknown): string {
  const date = value instanceof Date ? value : new Date(`${String(value)}T00:00:00Z`);
  if (!Number.isNaN(date.getTime())) return formatCalendarDate(date.toISOString().slice(0, 10));
  return typeof value === 'string' ? value : '';
}

export function FaqPreview({ entry, widgetFor }: PreviewProps) {
  const { h } = decap;
  const faq = entryData(entry) as Partial<Omit<Faq, 'updated'>> & { updated?: unknown };
  const topic = faq.category && FAQ_CATEGORIES[faq.category];
  const audiences = (faq.audience ?? []).map((code) => FAQ_AUDIENCES[code]);
  const related = faq.related ?? [];
  return h(
    'main',
    { className: 'mx-auto w-full max-w-6xl flex-1 px-4 py-6' },
    h('p', { className: 'mb-2 text-es-muted' }, `${t('faq.topic')}: `, h('a', { href: '#' }, topic ?? '—')),
    h('h1', null, faq.question),
    h('div', { className: 'es-prose' }, widgetFor('body')),
    h(
      'p',
      { className: 'text-sm text-es-muted' },
      `${t('faq.audience')}: ${audiences.join(', ').toLowerCase()}. ${t('faq.updated')} ${dateText(faq.updated)}`,
    ),
    related.length > 0
      ? h(
          'section',
          { className: 'es-prose' },
          h('h2', null, t('faq.actions')),
          h('ul', null, ...related.map((link) => h('li', { key: link.href }, h('a', { href: link.href }, link.title)))),
        )
      : null,
  );
}
