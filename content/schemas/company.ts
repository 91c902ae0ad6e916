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
  label: z
    .string()
    .min(3, { message: 'Подпишите телефон: для кого он, например «Для физических лиц»' })
    .meta({ title: 'Подпись', description: 'Для кого этот номер, например «Для физических лиц»' }),
  /** As printed, e.g. «8-800-222-49-02». */
  number: PhoneSchema.meta({
    title: 'Номер',
    description: 'Как его набирают, с кодом: 8-800-222-49-02 или (3822) 75-00-75',
  }),
  /** When the number answers, e.g. «пн–пт 8:00–20:00, сб 9:00–19:00». Optional. */
  hours: z
    .string()
    .optional()
    .meta({ title: 'Часы работы', description: 'Когда отвечают, например «пн–пт 8:00–20:00». Необязательно' }),
});

export const SocialLinkSchema = z.object({
  /** Network name as users know it, e.g. «ВКонтакте». */
  name: z
    .string()
    .min(2, { message: 'Укажите название соцсети или мессенджера' })
    .meta({ title: 'Название', description: 'Как её знают посетители, например «ВКонтакте»' }),
  url: HttpsUrlSchema.meta({ title: 'Адрес', description: 'Полная ссылка, начинается с https://' }),
});

/** Fields an operator may flag as sample values that must be replaced before launch. */
export const COMPANY_SAMPLE_FIELDS = [
  'inn',
  'ogrn',
  'postalAddress',
  'email',
  'social',
  'bankAccounts',
  'groupHotline',
] as const;

export const CompanySchema = z.object({
  /** Full registered name (A01), e.g. «Акционерное общество «Томская энергосбытовая компания»». */
  fullName: z
    .string()
    .min(10, { message: 'Укажите полное фирменное наименование' })
    .meta({ title: 'Полное наименование', description: 'Как в ЕГРЮЛ, например «Акционерное общество «…»»' }),
  /** Short name used in the header and page titles, e.g. «АО «Томскэнергосбыт»». */
  shortName: z.string().min(3, { message: 'Укажите сокращённое наименование' }).meta({
    title: 'Сокращённое наименование',
    description: 'В шапке и заголовках страниц, например АО «Томскэнергосбыт»',
  }),
  /** Text of the wordmark in the header. */
  logoText: z
    .string()
    .min(2, { message: 'Укажите текст логотипа' })
    .meta({ title: 'Текст логотипа', description: 'Слово в шапке сайта слева' }),
  /** Status line under the name, e.g. «гарантирующий поставщик электрической энергии». */
  status: z
    .string()
    .min(10, { message: 'Укажите статус компании' })
    .meta({ title: 'Статус', description: 'Строка под названием, например «Гарантирующий поставщик …»' }),
  inn: InnSchema.meta({ title: 'ИНН', description: '10 цифр для организации; последняя — контрольная' }),
  ogrn: OgrnSchema.meta({ title: 'ОГРН', description: '13 цифр; последняя — контрольная' }),
  /** Address for customers' letters (A05); the site labels it «Почтовый адрес». */
  postalAddress: z
    .string()
    .regex(/^\d{6}, /, { message: 'Почтовый адрес начинается с индекса: «634000, г. Томск, …»' })
    .meta({ title: 'Почтовый адрес', description: 'Для писем клиентов, с индексом: «634000, г. Томск, …»' }),
  phones: z
    .array(CompanyPhoneSchema)
    .min(1, { message: 'Укажите хотя бы один телефон' })
    .refine((phones) => phones.some((phone) => phone.number.replace(/\D/g, '').startsWith('8800')), {
      message: 'Нужен бесплатный номер 8-800 (Tomsk standard 1.2)',
    })
    .meta({ title: 'Телефоны', description: 'Первым — бесплатный номер 8-800; он обязателен' }),
  email: EmailSchema.meta({ title: 'Электронная почта', description: 'Для обращений, например info@example.ru' }),
  /** Bank details for payments (A07), one entry per bank. */
  bankAccounts: z
    .array(BankAccountSchema)
    .min(1, { message: 'Укажите банковские реквизиты для оплаты' })
    .meta({ title: 'Банковские реквизиты', description: 'Для оплаты: банк, БИК, расчётный и корреспондентский счета' }),
  social: z
    .array(SocialLinkSchema)
    .default([])
    .meta({ title: 'Соцсети и мессенджеры', description: 'Официальные страницы компании. Необязательно' }),
  /** The group's hotline about harm to its assets or reputation (Tomsk standard 3.11, registry A13). */
  groupHotline: z
    .object({
      phone: z.string().min(5).meta({ title: 'Телефон', description: 'Телефон горячей линии группы' }),
      email: z.email({ message: 'Адрес электронной почты, например hotline@example.ru' }).meta({
        title: 'Электронная почта',
        description: 'Адрес горячей линии группы',
      }),
      url: z.url({ message: 'Адрес страницы, например https://example.ru/hotline' }).meta({
        title: 'Страница с формой',
        description: 'Форма сообщения на сайте группы',
      }),
    })
    .optional()
    .meta({ title: 'Горячая линия группы', description: 'Для сообщений о фактах во вред группе. Необязательно' }),
  /** Company time zone for every date and time shown, e.g. «Asia/Tomsk». */
  timeZone: TimeZoneSchema.meta({
    title: 'Часовой пояс',
    description: 'Все даты и время на сайте — в нём. Для Томска: Asia/Tomsk',
  }),
  /**
   * Fields whose values are invented placeholders. The site marks them «пример» and the
   * auditor's report lists them as what must be replaced before launch.
   */
  sampleFields: z.array(z.enum(COMPANY_SAMPLE_FIELDS)).default([]).meta({
    title: 'Поля с примерными значениями',
    description: 'Сайт пометит их словом «пример». Уберите поле из списка, когда впишете настоящее значение',
  }),
});

export type Company = z.output<typeof CompanySchema>;
