/** The company profile: the requisites every page shows in its footer (Tomsk standard 3.9 а–д, м). */
import { z } from 'zod';
import {
  BankAccountSchema,
  EmailSchema,
  HttpsUrlSchema,
  InnSchema,
  OgrnSchema,
  PhoneSchema,
  TimeZoneSchema,
} from './common.ts';

export const CompanyPhoneSchema = z.object({
  /** Who the number is for, e.g. «Контакт-центр (звонок бесплатный)». */
  label: z.string().min(3, { message: 'Подпишите телефон: для кого он, например «Для физических лиц»' }),
  /** As printed, e.g. «8-800-222-49-02». */
  number: PhoneSchema,
  /** When the number answers, e.g. «пн–пт 8:00–20:00, сб 9:00–19:00». Optional. */
  hours: z.string().optional(),
});

export const SocialLinkSchema = z.object({
  /** Network name as users know it, e.g. «ВКонтакте». */
  name: z.string().min(2, { message: 'Укажите название соцсети или мессенджера' }),
  url: HttpsUrlSchema,
});

/** Fields an operator may flag as sample values that must be replaced before launch. */
export const COMPANY_SAMPLE_FIELDS = ['inn', 'ogrn', 'postalAddress', 'email', 'social', 'bankAccounts'] as const;

export const CompanySchema = z.object({
  /** Full registered name (A01), e.g. «Акционерное общество «Томская энергосбытовая компания»». */
  fullName: z.string().min(10, { message: 'Укажите полное фирменное наименование' }),
  /** Short name used in the header and page titles, e.g. «АО «Томскэнергосбыт»». */
  shortName: z.string().min(3, { message: 'Укажите сокращённое наименование' }),
  /** Text of the wordmark in the header. */
  logoText: z.string().min(2, { message: 'Укажите текст логотипа' }),
  /** Status line under the name, e.g. «гарантирующий поставщик электрической энергии». */
  status: z.string().min(10, { message: 'Укажите статус компании' }),
  inn: InnSchema,
  ogrn: OgrnSchema,
  /** Address for customers' letters (A05); the site labels it «Почтовый адрес». */
  postalAddress: z
    .string()
    .regex(/^\d{6}, /, { message: 'Почтовый адрес начинается с индекса: «634000, г. Томск, …»' }),
  phones: z
    .array(CompanyPhoneSchema)
    .min(1, { message: 'Укажите хотя бы один телефон' })
    .refine((phones) => phones.some((phone) => phone.number.replace(/\D/g, '').startsWith('8800')), {
      message: 'Нужен бесплатный номер 8-800 (Tomsk standard 1.2)',
    }),
  email: EmailSchema,
  /** Bank details for payments (A07), one entry per bank. */
  bankAccounts: z.array(BankAccountSchema).min(1, { message: 'Укажите банковские реквизиты для оплаты' }),
  social: z.array(SocialLinkSchema).default([]),
  /** Company time zone for every date and time shown, e.g. «Asia/Tomsk». */
  timeZone: TimeZoneSchema,
  /**
   * Fields whose values are invented placeholders. The site marks them «пример» and the
   * auditor's report lists them as what must be replaced before launch.
   */
  sampleFields: z.array(z.enum(COMPANY_SAMPLE_FIELDS)).default([]),
});

export type Company = z.output<typeof CompanySchema>;
