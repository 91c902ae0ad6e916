/**
 * The guaranteeing supplier's sales markup (сбытовая надбавка, C04): set by the regulator for each
 * period and group of consumers, in roubles per kWh without VAT.
 */
import { z } from 'zod';
import { IsoDateSchema, SampleFlagSchema } from './common.ts';
import { ENDS_AFTER_START, periodFileSchema, periodListSchema } from './period-series.ts';
import { RegulatorDecisionSchema } from './regulator-decision.ts';

/** Groups for which the regulator sets a markup, as its decisions name them. */
export const MARKUP_GROUPS = {
  population: 'Население и приравненные к нему категории потребителей',
  gridCompanies: 'Сетевые организации, покупающие электроэнергию для компенсации потерь',
  under670kW: 'Прочие потребители с максимальной мощностью менее 670 кВт',
  from670kWTo10MW: 'Прочие потребители с максимальной мощностью от 670 кВт до 10 МВт',
  over10MW: 'Прочие потребители с максимальной мощностью не менее 10 МВт',
} as const;
export type MarkupGroup = keyof typeof MARKUP_GROUPS;

export const MarkupSchema = z.object({
  /** Who pays it: one of the keys of MARKUP_GROUPS, e.g. «population». */
  group: z
    .enum(Object.keys(MARKUP_GROUPS) as [MarkupGroup, ...MarkupGroup[]], {
      message: `Укажите группу потребителей: ${Object.keys(MARKUP_GROUPS).join(', ')}`,
    })
    .meta({ title: 'Группа потребителей', description: 'Как в решении регулятора', optionLabels: MARKUP_GROUPS }),
  /** Markup in roubles per kWh without VAT, e.g. 0.61234 (regulators set up to five decimals). */
  value: z
    .number({ message: 'Укажите надбавку числом в рублях за кВт·ч, например 0.61234' })
    .positive({ message: 'Сбытовая надбавка должна быть больше нуля, например 0.61234' })
    .meta({ title: 'Надбавка', description: 'Руб. за кВт·ч без НДС, до пяти знаков после точки, например 0.61234' }),
});

export const SalesMarkupPeriodSchema = z
  .object({
    /** First day the markup applies, e.g. «2026-07-01». */
    validFrom: IsoDateSchema.meta({ title: 'Действует с', description: 'Первый день периода, ГГГГ-ММ-ДД' }),
    /** Last day it applies (inclusive), e.g. «2026-12-31». */
    validTo: IsoDateSchema.meta({
      title: 'Действует по',
      description: 'Последний день периода включительно, ГГГГ-ММ-ДД',
    }),
    /** The regulator's decision that sets the markup. */
    decision: RegulatorDecisionSchema,
    /** The markup for each group the decision covers, each group once. */
    markups: z
      .array(MarkupSchema, { message: 'Укажите надбавки по группам потребителей (markups)' })
      .min(1, { message: 'Укажите надбавку хотя бы для одной группы потребителей' })
      .refine((markups) => new Set(markups.map((markup) => markup.group)).size === markups.length, {
        message: 'Каждая группа потребителей указывается один раз',
      })
      .meta({ title: 'Надбавки по группам', description: 'Каждая группа — один раз' }),
    /** Values are placeholders to replace before launch; the site marks them «пример». Default false. */
    sample: SampleFlagSchema,
  })
  .refine(...ENDS_AFTER_START);
export type SalesMarkupPeriod = z.output<typeof SalesMarkupPeriodSchema>;

function markupKeys(period: SalesMarkupPeriod): ReadonlyMap<string, string> {
  return new Map(period.markups.map((markup) => [markup.group, MARKUP_GROUPS[markup.group]]));
}

const NO_PERIODS = 'Добавьте хотя бы один период сбытовой надбавки';

/** `content/tariffs/sales-markup.yaml` as the CMS form shows it. */
export const SalesMarkupListSchema = periodListSchema(SalesMarkupPeriodSchema, NO_PERIODS);

/** The whole `content/tariffs/sales-markup.yaml`, with the rules across periods checked as of `today`. */
export function salesMarkupFileSchema(today: string) {
  return periodFileSchema(SalesMarkupPeriodSchema, markupKeys, today, NO_PERIODS);
}
