/**
 * Regulated tariffs for the population and equated consumers (C01): one entry per regulatory
 * period, with the price of a kWh including VAT for every consumer group, tariff variant and zone.
 */
import { z } from 'zod';
import { IsoDateSchema, SampleFlagSchema } from './common.ts';
import { ENDS_AFTER_START, periodFileSchema, periodListSchema } from './period-series.ts';
import { RegulatorDecisionSchema } from './regulator-decision.ts';

/** Consumer groups as the regulator's orders name them. */
export const TARIFF_GROUPS = {
  urban: 'Население, проживающее в городских населённых пунктах',
  urbanElectricStoves: 'Население в городских домах с электроплитами и (или) электроотопительными установками',
  rural: 'Население, проживающее в сельских населённых пунктах',
  equated: 'Потребители, приравненные к населению',
} as const;
export type TariffGroup = keyof typeof TARIFF_GROUPS;

/** Tariff variants and their zones of the day, in the order the orders list them. */
export const TARIFF_VARIANTS = {
  single: { title: 'Одноставочный тариф', zones: { allDay: 'круглосуточно' } },
  twoZone: {
    title: 'Тариф, дифференцированный по двум зонам суток',
    zones: { day: 'дневная зона', night: 'ночная зона' },
  },
  threeZone: {
    title: 'Тариф, дифференцированный по трём зонам суток',
    zones: { peak: 'пиковая зона', semiPeak: 'полупиковая зона', night: 'ночная зона' },
  },
} as const;
export type TariffVariant = keyof typeof TARIFF_VARIANTS;

/** A price in roubles per kWh, to the kopeck. */
export const KwhPriceSchema = z
  .number({ message: 'Укажите цену числом в рублях за кВт·ч, например 5.42' })
  .positive({ message: 'Цена за кВт·ч должна быть больше нуля, например 5.42' })
  .refine((price) => Math.abs(price * 100 - Math.round(price * 100)) < 1e-6, {
    message: 'Цена указывается с точностью до копейки, например 5.42',
  });

/** `format`: the CMS runs KwhPriceSchema itself at the field (cms/admin/formats.ts). */
const price = (title: string) =>
  KwhPriceSchema.meta({ title, description: 'Руб. за кВт·ч с НДС, до копейки, например 5.42', format: 'kwh-price' });

export const GroupRatesSchema = z.object(
  {
    /** Одноставочный: one price around the clock, ₽/кВт·ч with VAT, e.g. 5.42. */
    single: price(TARIFF_VARIANTS.single.title),
    /** Двухзонный: day and night prices. */
    twoZone: z
      .object(
        { day: price('Дневная зона'), night: price('Ночная зона') },
        { message: 'Укажите цены двухзонного тарифа: day и night' },
      )
      .meta({ title: TARIFF_VARIANTS.twoZone.title, description: 'Цены дневной и ночной зон' }),
    /** Трёхзонный: peak, semi-peak and night prices. */
    threeZone: z
      .object(
        { peak: price('Пиковая зона'), semiPeak: price('Полупиковая зона'), night: price('Ночная зона') },
        { message: 'Укажите цены трёхзонного тарифа: peak, semiPeak и night' },
      )
      .meta({ title: TARIFF_VARIANTS.threeZone.title, description: 'Цены пиковой, полупиковой и ночной зон' }),
  },
  { message: 'Укажите цены группы: single, twoZone и threeZone' },
);
export type GroupRates = z.output<typeof GroupRatesSchema>;

const GROUP_IDS = Object.keys(TARIFF_GROUPS).join(', ');

/** Hours of each zone as the order sets them, e.g. «7:00–23:00» or «7:00–10:00 и 17:00–21:00». */
const hours = (title: string) =>
  z
    .string({ message: 'Укажите часы зоны, например «7:00–23:00»' })
    .min(5, { message: 'Укажите часы зоны, например «7:00–23:00»' })
    .meta({ title, description: 'Как в приказе, например «7:00–23:00» или «7:00–10:00 и 17:00–21:00»' });

const group = (id: TariffGroup) =>
  GroupRatesSchema.optional().meta({
    title: TARIFF_GROUPS[id],
    description: 'Цены этой группы. Оставьте пустым, только если приказ её не касается',
  });

export const TariffPeriodSchema = z
  .object({
    /** First day the prices apply, e.g. «2026-07-01». */
    validFrom: IsoDateSchema.meta({ title: 'Действует с', description: 'Первый день периода, ГГГГ-ММ-ДД' }),
    /** Last day they apply (inclusive), e.g. «2026-12-31». */
    validTo: IsoDateSchema.meta({
      title: 'Действует по',
      description: 'Последний день периода включительно, ГГГГ-ММ-ДД',
    }),
    /** The order that sets these prices. */
    decision: RegulatorDecisionSchema,
    /** Hours of the zones of the day, as the order defines them. */
    zoneHours: z
      .object(
        {
          day: hours('Дневная зона'),
          night: hours('Ночная зона'),
          peak: hours('Пиковая зона'),
          semiPeak: hours('Полупиковая зона'),
        },
        { message: 'Укажите часы зон суток (zoneHours): day, night, peak, semiPeak' },
      )
      .meta({ title: 'Часы зон суток', description: 'Как их устанавливает приказ' }),
    /** Prices by consumer group; a group may be missing only when the order does not cover it. */
    groups: z
      .strictObject(
        {
          urban: group('urban'),
          urbanElectricStoves: group('urbanElectricStoves'),
          rural: group('rural'),
          equated: group('equated'),
        },
        {
          error: (issue) =>
            issue.code === 'unrecognized_keys'
              ? `Неизвестная группа потребителей: ${issue.keys.join(', ')}. Допустимые: ${GROUP_IDS}`
              : `Укажите цены по группам потребителей (groups): ${GROUP_IDS}`,
        },
      )
      .refine((groups) => Object.values(groups).some(Boolean), {
        message: 'Укажите тарифы хотя бы для одной группы потребителей',
      })
      .meta({ title: 'Цены по группам потребителей', description: 'Руб. за кВт·ч с НДС, как в приказе' }),
    /** Values are placeholders to replace before launch; the site marks them «пример». Default false. */
    sample: SampleFlagSchema,
  })
  .refine(...ENDS_AFTER_START);
export type TariffPeriod = z.output<typeof TariffPeriodSchema>;

export interface TariffRate {
  group: TariffGroup;
  variant: TariffVariant;
  zone: string;
  price: number;
}

/** Every price of a period as a flat list, in the order of groups, variants and zones above. */
export function tariffRates(period: Pick<TariffPeriod, 'groups'>): TariffRate[] {
  return (Object.keys(TARIFF_GROUPS) as TariffGroup[]).flatMap((group) => {
    const rates = period.groups[group];
    if (!rates) return [];
    return [
      { group, variant: 'single' as const, zone: 'allDay', price: rates.single },
      ...Object.entries(rates.twoZone).map(([zone, price]) => ({ group, variant: 'twoZone' as const, zone, price })),
      ...Object.entries(rates.threeZone).map(([zone, price]) => ({
        group,
        variant: 'threeZone' as const,
        zone,
        price,
      })),
    ];
  });
}

/** «дневная зона»; `capitalized` for the start of a table cell or a label: «Дневная зона». */
export function zoneTitle(variant: TariffVariant, zone: string, capitalized = false): string {
  const zones: Record<string, string> = TARIFF_VARIANTS[variant].zones;
  const title = zones[zone] ?? zone;
  return capitalized ? `${title.charAt(0).toUpperCase()}${title.slice(1)}` : title;
}

function rateKeys(period: TariffPeriod): ReadonlyMap<string, string> {
  return new Map(
    tariffRates(period).map((rate) => [
      `${rate.group}.${rate.variant}.${rate.zone}`,
      `${TARIFF_GROUPS[rate.group]} — ${TARIFF_VARIANTS[rate.variant].title.toLowerCase()}, ${zoneTitle(rate.variant, rate.zone)}`,
    ]),
  );
}

const NO_PERIODS = 'Добавьте хотя бы один период тарифов';

/** `content/tariffs/tariffs.yaml` as the CMS form shows it. */
export const TariffsListSchema = periodListSchema(TariffPeriodSchema, NO_PERIODS);

/** The whole `content/tariffs/tariffs.yaml`, with the rules across periods checked as of `today`. */
export function tariffsFileSchema(today: string) {
  return periodFileSchema(TariffPeriodSchema, rateKeys, today, NO_PERIODS);
}
