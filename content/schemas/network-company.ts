/** Network companies whose lines the outages are on, with their emergency phones (shown with outages). */
import { z } from 'zod';
import { PhoneSchema, SampleFlagSchema, SlugSchema, isUniqueBy, type ContentReference } from './common.ts';

export const NetworkCompanySchema = z.object({
  id: SlugSchema,
  name: z
    .string()
    .trim()
    .min(3, { message: 'Укажите название сетевой организации' })
    .meta({ title: 'Название', description: 'Например «АО «Сетевая компания»' }),
  emergencyPhone: PhoneSchema.meta({
    title: 'Аварийный телефон',
    description: 'Куда звонить, если нет света, например (3822) 00-00-00',
  }),
  /** E.g. «круглосуточно». */
  hours: z
    .string()
    .trim()
    .min(3, { message: 'Укажите, когда принимают звонки, например «круглосуточно»' })
    .meta({ title: 'Часы', description: 'Например «круглосуточно»' }),
  sample: SampleFlagSchema,
});

export const NetworkCompaniesFileSchema = z.object({
  companies: z
    .array(NetworkCompanySchema)
    .refine((list) => isUniqueBy(list, (item) => item.id), {
      message: 'Идентификаторы сетевых организаций повторяются',
    })
    .meta({ title: 'Сетевые организации', description: 'Их аварийные телефоны показываются на странице отключений' }),
});

/** How an outage names its network company: picked from this list in the CMS, checked on publish. */
export const NETWORK_COMPANY_REFERENCE: ContentReference = {
  collection: 'networkCompanies',
  list: 'companies',
  key: 'id',
  label: 'name',
  section: 'Сетевые организации',
};

export type NetworkCompany = z.output<typeof NetworkCompanySchema>;
