/**
 * Benefits and how they are applied (C01: «льготы и порядок их применения», Tomsk standard
 * п. 3.10 «в»): who pays a reduced tariff or gets help with the bill, and what to do to get it.
 */
import { z } from 'zod';
import { SampleFlagSchema, SlugSchema, isUniqueBy } from './common.ts';

const text = (message: string, min: number) => z.string({ message }).trim().min(min, { message });

export const TariffBenefitSchema = z.object({
  id: SlugSchema,
  /** Heading, e.g. «Пониженные тарифы для сельских жителей». */
  title: text('Укажите заголовок льготы, не короче 10 знаков', 10),
  /** What the benefit is, one or two sentences. */
  summary: text('Опишите льготу одним-двумя предложениями (не короче 30 знаков)', 30),
  /** Who is entitled to it. */
  who: text('Укажите, кому положена льгота (не короче 20 знаков)', 20),
  /** How it is applied: what the customer does, where, with which documents. */
  how: text('Опишите порядок применения льготы: что сделать и куда обратиться (не короче 30 знаков)', 30),
  /** Legal basis as the acts name it, e.g. «Жилищный кодекс РФ, ст. 159». Optional. */
  basis: z.array(text('Основание — название акта и статьи', 5)).default([]),
  /** Values are placeholders to replace before launch; the site marks them «пример». Default false. */
  sample: SampleFlagSchema,
});
export type TariffBenefit = z.output<typeof TariffBenefitSchema>;

export const TariffBenefitsFileSchema = z.object({
  benefits: z
    .array(TariffBenefitSchema, { message: 'Перечислите льготы под ключом benefits:' })
    .min(1, { message: 'Опишите хотя бы одну льготу или порядок её получения' })
    .refine((list) => isUniqueBy(list, (item) => item.id), { message: 'Идентификаторы льгот повторяются' }),
});
