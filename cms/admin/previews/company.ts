/** Preview of the company profile as the footer of every page shows it (site/components/SiteFooter.astro). */
import type { Company } from '../../../content/schemas/company.ts';
import { decap, entryData, type PreviewProps } from '../decap.ts';

export function CompanyPreview({ entry }: PreviewProps) {
  const { h } = decap;
  const company = entryData(entry) as Partial<Company>;
  const samples = new Set(company.sampleFields ?? []);
  const sample = (field: Company['sampleFields'][number]) =>
    samples.has(field)
      ? h('span', { className: 'ml-1 rounded border border-es-sample px-1 text-sm text-es-sample' }, 'пример')
      : null;
  return h(
    'footer',
    { className: 'mt-12 border-t-4 border-es-brand bg-es-surface' },
    h(
      'div',
      { className: 'mx-auto grid max-w-6xl gap-8 px-4 py-8 md:grid-cols-2' },
      h(
        'section',
        null,
        h('h2', { className: 'mt-0 text-lg' }, 'Реквизиты'),
        h('p', { className: 'font-semibold' }, company.fullName),
        h(
          'dl',
          { className: 'mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1' },
          h('dt', null, 'ИНН'),
          h('dd', null, company.inn, sample('inn')),
          h('dt', null, 'ОГРН'),
          h('dd', null, company.ogrn, sample('ogrn')),
        ),
        h(
          'p',
          { className: 'mt-2' },
          h('span', { className: 'font-semibold' }, 'Почтовый адрес: '),
          company.postalAddress,
          sample('postalAddress'),
        ),
      ),
      h(
        'section',
        null,
        h('h2', { className: 'mt-0 text-lg' }, 'Телефоны'),
        h(
          'ul',
          { className: 'space-y-2' },
          ...(company.phones ?? []).map((phone) =>
            h(
              'li',
              null,
              h('span', { className: 'font-semibold' }, phone.number),
              h('br'),
              h('span', { className: 'text-sm text-es-muted' }, phone.label),
              phone.hours ? h('span', { className: 'block text-sm text-es-muted' }, phone.hours) : null,
            ),
          ),
        ),
        h(
          'p',
          { className: 'mt-3' },
          h('span', { className: 'font-semibold' }, 'Электронная почта: '),
          company.email,
          sample('email'),
        ),
      ),
    ),
  );
}
