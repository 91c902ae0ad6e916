/** Tariffs as flat rows for /data/tariffs.json and /data/tariffs.csv: one row per price. */
import {
  TARIFF_GROUPS,
  TARIFF_VARIANTS,
  tariffRates,
  zoneTitle,
  type TariffPeriod,
} from '../../../content/schemas/tariff.ts';

export interface TariffRow {
  validFrom: string;
  validTo: string;
  group: string;
  groupTitle: string;
  variant: string;
  variantTitle: string;
  zone: string;
  zoneTitle: string;
  /** ₽ per kWh including VAT. */
  priceRubPerKwh: number;
  decision: string;
  decisionDate: string;
  /** True where the values are placeholders, not real prices. */
  sample: boolean;
}

export const TARIFF_COLUMNS = [
  'validFrom',
  'validTo',
  'group',
  'groupTitle',
  'variant',
  'variantTitle',
  'zone',
  'zoneTitle',
  'priceRubPerKwh',
  'decision',
  'decisionDate',
  'sample',
] as const satisfies ReadonlyArray<keyof TariffRow>;

export function tariffRows(periods: readonly TariffPeriod[]): TariffRow[] {
  return periods.flatMap((period) =>
    tariffRates(period).map((rate) => ({
      validFrom: period.validFrom,
      validTo: period.validTo,
      group: rate.group,
      groupTitle: TARIFF_GROUPS[rate.group],
      variant: rate.variant,
      variantTitle: TARIFF_VARIANTS[rate.variant].title,
      zone: rate.zone,
      zoneTitle: zoneTitle(rate.variant, rate.zone),
      priceRubPerKwh: rate.price,
      decision: `${period.decision.kind} ${period.decision.body} № ${period.decision.number}`,
      decisionDate: period.decision.date,
      sample: period.sample,
    })),
  );
}
