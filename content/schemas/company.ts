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
  'kpp',
  'ogrn',
  'postalAddress',
  'email',
  'social',
  'bankAccounts',
  'personalCabinet',
  'groupHotline',
] as const;

/** Sign-in addresses of the personal accounts (ЛКК, standard п.2): one for citizens, one for organisations. */
export const PersonalCabinetSchema = z.object({
  citizens: HttpsUrlSchema.meta({
    title: 'Личный кабинет для граждан',
    description: 'Полная ссылка на вход, начинается с https://',
  }),
  organisations: HttpsUrlSchema.meta({
    title: 'Личный кабинет для организаций',
    description: 'Полная ссылка на вход, начинается с https://',
  }),
});

/** What the payment QR (ГОСТ Р 56042-2014) carries besides the bank details, and how to pay without commission. */
export const PaymentSchema = z.object({
  /** «Назначение платежа» in the QR, e.g. «Оплата электроэнергии». */
  purpose: z
    .string()
    .min(5, { message: 'Укажите назначение платежа, например «Оплата электроэнергии»' })
    .max(160, { message: 'Назначение платежа — не длиннее 160 символов' })
    .meta({ title: 'Назначение платежа', description: 'Попадёт в QR-код, например «Оплата электроэнергии»' }),
  /** Ways to pay with no commission, one line each, shown under the QR. */
  commissionFree: z
    .array(
      z.string().min(5, { message: 'Опишите способ оплаты без комиссии одной строкой' }).meta({
        title: 'Способ оплаты',
        description: 'Одной строкой, например «В личном кабинете — картой или через СБП»',
      }),
    )
    .min(1, { message: 'Укажите хотя бы один способ оплаты без комиссии' })
    .meta({ title: 'Способы оплаты без комиссии', description: 'По одному в строке, показываются под QR-кодом' }),
});

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
  /** КПП (reason-for-registration code), 9 characters; goes into the payment QR. */
  kpp: z
    .string()
    .regex(/^\d{4}[\dA-Z]{2}\d{3}$/, {
      message: 'КПП — 9 знаков: 4 цифры, 2 цифры или буквы, 3 цифры, например 701701001',
    })
    .meta({ title: 'КПП', description: '9 знаков, например 701701001' }),
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
      message: 'Нужен бесплатный номер 8-800: по Томскому стандарту (п. 1.2) он обязателен',
    })
    .meta({ title: 'Телефоны', description: 'Первым — бесплатный номер 8-800; он обязателен' }),
  email: EmailSchema.meta({ title: 'Электронная почта', description: 'Для обращений, например info@example.ru' }),
  /** Bank details for payments (A07), one entry per bank. */
  bankAccounts: z
    .array(BankAccountSchema)
    .min(1, { message: 'Укажите банковские реквизиты для оплаты' })
    .meta({ title: 'Банковские реквизиты', description: 'Для оплаты: банк, БИК, расчётный и корреспондентский счета' }),
  personalCabinet: PersonalCabinetSchema.meta({
    title: 'Личный кабинет',
    description: 'Ссылки на вход в личный кабинет; показываются в шапке каждой страницы',
  }),
  payment: PaymentSchema.meta({
    title: 'Оплата по QR-коду',
    description: 'Назначение платежа в QR-коде и способы оплаты без комиссии; реквизиты — первые банковские',
  }),
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
  sampleFields: z
    .array(
      z.enum(COMPANY_SAMPLE_FIELDS).meta({
        optionLabels: {
          inn: 'ИНН',
          ogrn: 'ОГРН',
          postalAddress: 'Почтовый адрес',
          email: 'Электронная почта',
          social: 'Соцсети и мессенджеры',
          bankAccounts: 'Банковские реквизиты',
          groupHotline: 'Горячая линия группы',
        },
      }),
    )
    .default([])
    .meta({
      title: 'Поля с примерными значениями',
      description: 'Сайт пометит их словом «пример». Уберите поле из списка, когда впишете настоящее значение',
    }),
});

export type Company = z.output<typeof CompanySchema>;
