/**
 * Benefits and how they are applied (C01: «льготы и порядок их применения», Tomsk standard
 * п. 3.10 «в»): who pays a reduced tariff or gets help with the bill, and what to do to get it.
 */
import { z } from 'zod';
import { SampleFlagSchema, SlugSchema, isUniqueBy } from './common.ts';

const text = (message: string, min: number) => z.string({ message }).trim().min(min, { message });

export const TariffBenefitSchema = z.object({
  id: SlugSchema.meta({ title: 'Идентификатор', description: 'Латиницей через дефис, например selskie-zhiteli' }),
  /** Heading, e.g. «Пониженные тарифы для сельских жителей». */
  title: text('Укажите заголовок льготы, не короче 10 знаков', 10).meta({
    title: 'Заголовок',
    description: 'Например «Пониженные тарифы для сельских жителей»',
  }),
  /** What the benefit is, one or two sentences. */
  summary: text('Опишите льготу одним-двумя предложениями (не короче 30 знаков)', 30).meta({
    title: 'Суть льготы',
    description: 'Одно-два предложения',
  }),
  /** Who is entitled to it. */
  who: text('Укажите, кому положена льгота (не короче 20 знаков)', 20).meta({
    title: 'Кому положена',
    description: 'Какие потребители имеют право на льготу',
  }),
  /** How it is applied: what the customer does, where, with which documents. */
  how: text('Опишите порядок применения льготы: что сделать и куда обратиться (не короче 30 знаков)', 30).meta({
    title: 'Как получить',
    description: 'Что сделать, куда обратиться, какие документы нужны',
  }),
  /** Legal basis as the acts name it, e.g. «Жилищный кодекс РФ, ст. 159». Optional. */
  basis: z
    .array(
      text('Основание — название акта и статьи', 5).meta({ title: 'Основание', description: 'Название акта и статьи' }),
    )
    .default([])
    .meta({ title: 'Основания', description: 'Акты и статьи, например «Жилищный кодекс РФ, ст. 159». Необязательно' }),
  /** Values are placeholders to replace before launch; the site marks them «пример». Default false. */
  sample: SampleFlagSchema,
});
export type TariffBenefit = z.output<typeof TariffBenefitSchema>;

export const TariffBenefitsFileSchema = z.object({
  benefits: z
    .array(TariffBenefitSchema, { message: 'Перечислите льготы под ключом benefits:' })
    .min(1, { message: 'Опишите хотя бы одну льготу или порядок её получения' })
    .refine((list) => isUniqueBy(list, (item) => item.id), { message: 'Идентификаторы льгот повторяются' })
    .meta({ title: 'Льготы', description: 'Каждая льгота и порядок её применения' }),
});
