/** An office: a customer service centre (ЦОК) or a payment point (Tomsk standard 3.9 е, и; 4.3). */
import { z } from 'zod';
import {
  CustomerCategorySchema,
  OpeningHoursSchema,
  PhoneSchema,
  SampleFlagSchema,
  SlugSchema,
  isUniqueBy,
} from './common.ts';

export const OfficeSchema = z.object({
  /** Stable id and anchor on the offices page, e.g. «tomsk-lenina». */
  id: SlugSchema,
  /** Name as customers know it, e.g. «Офис на пр. Ленина». */
  name: z.string().min(3, { message: 'Укажите название офиса' }),
  /** A customer service centre gets the label «(Центр очного обслуживания)» (standard 4.3). */
  serviceCenter: z.boolean(),
  /** Full street address with the town, e.g. «г. Томск, пр. Ленина, д. 1». */
  address: z.string().min(10, { message: 'Укажите полный адрес: населённый пункт, улица, дом' }),
  /** Who is served here; at least one category (ОП 442 amendments 2023). */
  categories: z.array(CustomerCategorySchema).min(1, { message: 'Укажите, какие категории клиентов обслуживает офис' }),
  /** What can be done here, e.g. «Заключение договора», «Приём показаний». */
  services: z
    .array(z.string().min(3, { message: 'Назовите услугу, например «Приём показаний»' }))
    .min(1, { message: 'Перечислите услуги офиса' }),
  /** Payment directly to the company without a commission is accepted here (standard 3.9 е). */
  noCommissionPayment: z.boolean(),
  hours: OpeningHoursSchema,
  phone: PhoneSchema,
  /** Step-free access, parking, hearing loop... One or two sentences. */
  accessibility: z.string().min(10, { message: 'Опишите доступность офиса для людей с инвалидностью' }),
  sample: SampleFlagSchema,
});

/** content/offices.yaml wraps the list under `offices` so the CMS can edit it. */
export const OfficesFileSchema = z.object({
  offices: z
    .array(OfficeSchema)
    .min(1, { message: 'Нужен хотя бы один офис' })
    .refine((list) => isUniqueBy(list, (item) => item.id), {
      message: 'Идентификаторы офисов повторяются',
    }),
});

export type Office = z.output<typeof OfficeSchema>;
