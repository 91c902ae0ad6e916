/**
 * Preview of the tariffs as the «Тарифы» page shows each period (site/components/tariffs/
 * PopulationTariffs.astro and GroupTariffTable.astro): the period being edited first, then newest
 * first, one table per group.
 */
import {
  TARIFF_GROUPS,
  TARIFF_VARIANTS,
  tariffRates,
  zoneTitle,
  type TariffGroup,
  type TariffPeriod,
} from '../../../content/schemas/tariff.ts';
import { formatPrice } from '../../../core/format.ts';
import { t } from '../../../core/i18n/i18n.ts';
import { decap, entryData, type PreviewProps } from '../decap.ts';
import { editedFirst } from './edited-first.ts';
import { sampleMark } from './sample-mark.ts';
import { formatPeriod } from '../../../core/dates.ts';

/** What an editor may have typed so far: any part can still be missing. */
type Draft = Partial<Omit<TariffPeriod, 'groups' | 'decision'>> & {
  groups?: Partial<TariffPeriod['groups']>;
  decision?: Partial<TariffPeriod['decision']>;
};

const VARIANTS = Object.keys(TARIFF_VARIANTS) as Array<keyof typeof TARIFF_VARIANTS>;

function groupTable(group: TariffGroup, period: Draft) {
  const { h } = decap;
  const rates = period.groups?.[group];
  if (!rates) return null;
  const hours: Record<string, string> = { allDay: t('tariffs.allDayHours'), ...period.zoneHours };
  const rows = tariffRates({ groups: { [group]: rates } });
  return h(
    'table',
    { className: 'es-table', key: group },
    h('caption', null, TARIFF_GROUPS[group]),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', { scope: 'col' }, t('tariffs.zone')),
        h('th', { scope: 'col' }, t('tariffs.hours')),
        h('th', { scope: 'col', className: 'text-right' }, t('tariffs.pricePerKwh')),
      ),
    ),
    ...VARIANTS.map((variant) =>
      h(
        'tbody',
        { key: variant },
        h(
          'tr',
          null,
          h('th', { scope: 'rowgroup', colSpan: 3, className: 'es-table-group' }, TARIFF_VARIANTS[variant].title),
        ),
        ...rows
          .filter((row) => row.variant === variant)
          .map((row) =>
            h(
              'tr',
              { key: row.zone },
              h('th', { scope: 'row', className: 'font-normal' }, zoneTitle(row.variant, row.zone, true)),
              h('td', null, hours[row.zone]),
              h(
                'td',
                { className: 'text-right tabular-nums' },
                typeof row.price === 'number' ? formatPrice(row.price) : '—',
              ),
            ),
          ),
      ),
    ),
  );
}

function periodSection(period: Draft, index: number) {
  const { h } = decap;
  const dated = period.validFrom && period.validTo;
  return h(
    'section',
    { key: index, className: 'mb-8' },
    h(
      'p',
      null,
      `${t('tariffs.inForce')} `,
      h(
        'strong',
        null,
        dated ? formatPeriod({ validFrom: period.validFrom ?? '', validTo: period.validTo ?? '' }) : '—',
      ),
      ` ${t('tariffs.withVat')}`,
      sampleMark(period.sample),
    ),
    period.decision
      ? h(
          'p',
          { className: 'text-sm text-es-muted' },
          `${period.decision.kind ?? ''} № ${period.decision.number ?? ''}`,
        )
      : null,
    h(
      'div',
      { className: 'grid gap-6 lg:grid-cols-2' },
      ...(Object.keys(TARIFF_GROUPS) as TariffGroup[]).map((group) => groupTable(group, period)),
    ),
  );
}

export function TariffsPreview({ entry }: PreviewProps) {
  const { h } = decap;
  const { periods = [] } = entryData(entry) as { periods?: Draft[] };
  const newestFirst = [...periods].sort((a, b) => (b.validFrom ?? '').localeCompare(a.validFrom ?? ''));
  return h(
    'main',
    { className: 'mx-auto w-full max-w-6xl flex-1 px-4 py-6' },
    h('h1', null, t('tariffs.title')),
    // The period being edited first, then the others newest first as on the site.
    ...editedFirst(entry, 'periods', newestFirst).map(periodSection),
  );
}
