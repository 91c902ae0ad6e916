/**
 * The tariff calculator: consumption by zone → cost, to the kopeck. The form is a plain GET form
 * (works without JavaScript); its query is validated by one zod schema per tariff variant.
 */
import { z } from 'zod';
import {
  TARIFF_VARIANTS,
  type GroupRates,
  type TariffGroup,
  type TariffVariant,
  zoneTitle,
} from '../../../content/schemas/tariff.ts';

export const VARIANT_IDS = Object.keys(TARIFF_VARIANTS) as TariffVariant[];

/** Zones of a variant, which are also the form's field names. */
export function zonesOf(variant: TariffVariant): string[] {
  return Object.keys(TARIFF_VARIANTS[variant].zones);
}

function kwhField(variant: TariffVariant, zone: string) {
  const label = zoneTitle(variant, zone);
  return z
    .string({ message: `Укажите расход (${label}) в киловатт-часах, например 150` })
    .trim()
    .min(1, { message: `Укажите расход (${label}) в киловатт-часах, например 150`, abort: true })
    .regex(/^\d{1,6}$/, {
      message: `Укажите расход (${label}) целым числом киловатт-часов от 0 до 999 999, например 150`,
    })
    .transform(Number);
}

function querySchema(variant: TariffVariant, groups: readonly TariffGroup[]) {
  return z.object({
    group: z
      .string({ message: 'Выберите группу потребителей' })
      .refine((group): group is TariffGroup => (groups as readonly string[]).includes(group), {
        message: 'Выберите группу потребителей из списка',
      }),
    consumption: z.object(Object.fromEntries(zonesOf(variant).map((zone) => [zone, kwhField(variant, zone)]))),
  });
}

export interface FieldError {
  /** Field name in the form, e.g. «day». */
  field: string;
  message: string;
}

export type CalculatorQuery =
  | { state: 'empty' }
  | { state: 'invalid'; variant: TariffVariant; values: Record<string, string>; errors: FieldError[] }
  | {
      state: 'valid';
      variant: TariffVariant;
      values: Record<string, string>;
      group: TariffGroup;
      consumption: Record<string, number>;
    };

/**
 * Reads `?variant=twoZone&group=urban&day=150&night=80`. No or unknown variant: nothing was submitted.
 * @param groups the groups that have tariffs in the period used, e.g. all keys of TARIFF_GROUPS
 */
export function parseCalculatorQuery(params: URLSearchParams, groups: readonly TariffGroup[]): CalculatorQuery {
  const variant = VARIANT_IDS.find((id) => id === params.get('variant'));
  if (!variant) return { state: 'empty' };
  const values = Object.fromEntries(['group', ...zonesOf(variant)].map((name) => [name, params.get(name) ?? '']));
  const consumption = Object.fromEntries(zonesOf(variant).map((zone) => [zone, values[zone]]));
  const result = querySchema(variant, groups).safeParse({ group: values['group'] || undefined, consumption });
  if (!result.success) {
    const errors = result.error.issues.map((issue) => ({ field: String(issue.path.at(-1)), message: issue.message }));
    return { state: 'invalid', variant, values, errors };
  }
  return { state: 'valid', variant, values, group: result.data.group, consumption: result.data.consumption };
}

export interface CostLine {
  zone: string;
  kwh: number;
  /** ₽ per kWh with VAT. */
  price: number;
  /** ₽, exact to the kopeck. */
  cost: number;
}

function priceOf(rates: GroupRates, variant: TariffVariant, zone: string): number {
  if (variant === 'single') return rates.single;
  const zonePrices: Record<string, number> = rates[variant];
  const price = zonePrices[zone];
  if (price === undefined) throw new Error(`No ${variant} price for zone ${zone}`);
  return price;
}

/** Cost per zone and in total. Sums are in whole kopecks, so no floating-point drift reaches a bill. */
export function calculateCost(
  rates: GroupRates,
  variant: TariffVariant,
  consumption: Readonly<Record<string, number>>,
): { lines: CostLine[]; total: number } {
  const lines = zonesOf(variant).map((zone) => {
    const kwh = consumption[zone] ?? 0;
    const price = priceOf(rates, variant, zone);
    return { zone, kwh, price, kopecks: Math.round(price * 100) * kwh };
  });
  const total = lines.reduce((sum, line) => sum + line.kopecks, 0) / 100;
  return { lines: lines.map(({ kopecks, ...line }) => ({ ...line, cost: kopecks / 100 })), total };
}
