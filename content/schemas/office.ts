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
  id: SlugSchema.meta({ description: 'Латиницей через дефис, например tomsk-lenina; это якорь ссылки на офис' }),
  /** Name as customers know it, e.g. «Офис на пр. Ленина». */
  name: z
    .string()
    .min(3, { message: 'Укажите название офиса' })
    .meta({ title: 'Название', description: 'Как его знают клиенты, например «Офис на пр. Ленина»' }),
  /** A customer service centre gets the label «(Центр очного обслуживания)» (standard 4.3). */
  serviceCenter: z.boolean().meta({
    title: 'Центр очного обслуживания',
    description: 'Сайт добавит к названию «(Центр очного обслуживания)» (стандарт, п. 4.3)',
  }),
  /** Full street address with the town, e.g. «г. Томск, пр. Ленина, д. 1». */
  address: z
    .string()
    .min(10, { message: 'Укажите полный адрес: населённый пункт, улица, дом' })
    .meta({ title: 'Адрес', description: 'С индексом и городом: «634000, г. Томск, пр. Ленина, д. 1»' }),
  /** Who is served here; at least one category (ОП 442 amendments 2023). */
  categories: z
    .array(CustomerCategorySchema)
    .min(1, { message: 'Укажите, какие категории клиентов обслуживает офис' })
    .meta({ title: 'Кого обслуживают', description: 'Хотя бы одна категория клиентов' }),
  /** What can be done here, e.g. «Заключение договора», «Приём показаний». */
  services: z
    .array(
      z
        .string()
        .min(3, { message: 'Назовите услугу, например «Приём показаний»' })
        .meta({ title: 'Услуга', description: 'Например «Приём показаний»' }),
    )
    .min(1, { message: 'Перечислите услуги офиса' })
    .meta({ title: 'Услуги', description: 'Что можно сделать в офисе; по одной услуге в строке' }),
  /** Payment directly to the company without a commission is accepted here (standard 3.9 е). */
  noCommissionPayment: z.boolean().meta({
    title: 'Оплата без комиссии',
    description: 'В офисе можно оплатить электроэнергию без комиссии (стандарт, п. 3.9 е)',
  }),
  hours: OpeningHoursSchema.meta({ title: 'Часы работы', description: 'По местному времени компании' }),
  phone: PhoneSchema.meta({ title: 'Телефон', description: 'С кодом, например (3822) 75-00-75' }),
  /** Step-free access, parking, hearing loop... One or two sentences. */
  accessibility: z
    .string()
    .min(10, { message: 'Опишите доступность офиса для людей с инвалидностью' })
    .meta({ title: 'Доступность', description: 'Пандус, кнопка вызова, парковка — одно-два предложения' }),
  sample: SampleFlagSchema,
});

/** content/offices.yaml wraps the list under `offices` so the CMS can edit it. */
export const OfficesFileSchema = z.object({
  offices: z
    .array(OfficeSchema)
    .min(1, { message: 'Нужен хотя бы один офис' })
    .refine((list) => isUniqueBy(list, (item) => item.id), {
      message: 'Идентификаторы офисов повторяются',
    })
    .meta({ title: 'Офисы', description: 'Порядок здесь — порядок на странице «Офисы»' }),
});

export type Office = z.output<typeof OfficeSchema>;
