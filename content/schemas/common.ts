/**
 * Shared primitives for every content type and form: Russian registry numbers with their
 * checksums, phone numbers, time zones. Declared once here and imported everywhere.
 */
import { z } from 'zod';
import { minutesOf, WEEKDAYS, type Weekday } from './week.ts';

/** The value is already checked to be ASCII digits. */
const digitsOnly = (value: string): number[] => Array.from(value, Number);

/** Weighted checksum used by ИНН: sum of digit × weight, mod 11, mod 10. */
function innControlDigit(digits: number[], weights: number[]): number {
  const sum = weights.reduce((acc, weight, index) => acc + weight * (digits[index] ?? 0), 0);
  return (sum % 11) % 10;
}

/** ИНН of an organisation (10 digits) or of a person / sole trader (12 digits), with checksum. */
export function isValidInn(value: string): boolean {
  if (!/^\d{10}$|^\d{12}$/.test(value)) return false;
  const d = digitsOnly(value);
  if (d.length === 10) {
    return innControlDigit(d, [2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[9];
  }
  return (
    innControlDigit(d, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[10] &&
    innControlDigit(d, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === d[11]
  );
}

/**
 * ОГРН (13 digits: remainder of the first 12 divided by 11, last digit of it) or
 * ОГРНИП (15 digits: remainder of the first 14 divided by 13, last digit of it).
 * BigInt because 14-digit numbers exceed safe integer arithmetic only barely, and clarity wins.
 */
export function isValidOgrn(value: string): boolean {
  if (!/^\d{13}$|^\d{15}$/.test(value)) return false;
  const divisor = value.length === 13 ? 11n : 13n;
  const body = BigInt(value.slice(0, -1));
  return Number((body % divisor) % 10n) === Number(value.at(-1));
}

/** Digits of a Russian phone number normalised to +7XXXXXXXXXX, or null when it is not one. */
export function normalizePhone(value: string): string | null {
  if (!/^[\d\s()+-]+$/.test(value)) return null;
  const digits = value.replace(/\D/g, '');
  if (digits.length === 11 && (digits.startsWith('7') || digits.startsWith('8'))) {
    return `+7${digits.slice(1)}`;
  }
  // Local numbers are written with the area code: (3822) 75-00-75 has 10 digits.
  if (digits.length === 10) return `+7${digits}`;
  return null;
}

export function isValidTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('ru-RU', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/* ---- Opening hours, customer categories, slugs and bank details (offices, documents, disclosures). */

/** A time of day «ЧЧ:ММ» on the 24-hour clock, e.g. «08:30»; «24:00» closes at midnight. */
export const TimeOfDaySchema = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, {
  message: 'Время — в формате ЧЧ:ММ, например 08:30',
});
const FromSchema = TimeOfDaySchema.meta({ title: 'С', description: 'Время начала ЧЧ:ММ, например 08:00' });
const ToSchema = TimeOfDaySchema.meta({ title: 'До', description: 'Время окончания ЧЧ:ММ, например 17:00' });

const TimeRangeShape = { from: FromSchema, to: ToSchema };
const endsAfterStart = (range: { from: string; to: string }): boolean => minutesOf(range.to) > minutesOf(range.from);
const endsAfterStartMessage = { message: 'Время окончания должно быть позже времени начала', path: ['to'] };

/** A span of one day, e.g. { from: '08:00', to: '17:00' }; it must end after it starts. */
export const TimeRangeSchema = z
  .object(TimeRangeShape)
  .refine(endsAfterStart, endsAfterStartMessage)
  .meta({ title: 'Перерыв', description: 'Например с 12:00 до 12:45' });

/** Hours of one day: open from–to, closed during each break (lunch, technical break). */
export const DayHoursSchema = z
  .object({
    ...TimeRangeShape,
    /** Breaks inside the working hours, e.g. [{ from: '13:00', to: '13:45' }]. Default: none. */
    breaks: z
      .array(TimeRangeSchema)
      .default([])
      .meta({ title: 'Перерывы', description: 'Обед и технические перерывы внутри рабочего времени. Необязательно' }),
  })
  .refine(endsAfterStart, endsAfterStartMessage)
  .refine(
    (day) =>
      day.breaks.every(
        (pause) => minutesOf(pause.from) > minutesOf(day.from) && minutesOf(pause.to) < minutesOf(day.to),
      ),
    { message: 'Перерыв должен лежать внутри рабочего времени этого дня', path: ['breaks'] },
  );

/** A date with other hours than usual: a public holiday (closed) or a shortened pre-holiday day. */
export const HoursExceptionSchema = z.object({
  // Lazy: IsoDateSchema is declared further down this module.
  date: z.lazy(() => IsoDateSchema).meta({ title: 'Дата', description: 'ГГГГ-ММ-ДД, например 2026-12-31' }),
  /** Why, shown to visitors, e.g. «Новогодние праздники». */
  note: z
    .string()
    .min(3, { message: 'Укажите причину, например «Праздничный день»' })
    .meta({ title: 'Причина', description: 'Её увидят посетители, например «Праздничный день»' }),
  /** Hours on that date; omitted means closed all day. */
  hours: DayHoursSchema.optional().meta({
    title: 'Часы в этот день',
    description: 'Для сокращённого дня. Оставьте пустым, если в этот день не работают',
  }),
});

/** Russian names of the days, as the weekly timetable's field labels. */
const WEEKDAY_TITLES: Record<Weekday, string> = {
  mon: 'Понедельник',
  tue: 'Вторник',
  wed: 'Среда',
  thu: 'Четверг',
  fri: 'Пятница',
  sat: 'Суббота',
  sun: 'Воскресенье',
};

/**
 * Opening hours of an office or a phone line in the company time zone. A weekday that is not
 * listed is a day off. Exceptions override the weekly pattern on their date.
 */
export const OpeningHoursSchema = z.object({
  // One optional field per day (not a record), so the CMS shows a form per day.
  weekly: z
    .strictObject(
      Object.fromEntries(
        WEEKDAYS.map((day) => [
          day,
          DayHoursSchema.optional().meta({
            title: WEEKDAY_TITLES[day],
            description: 'Часы работы в этот день недели. Пусто — выходной',
          }),
        ]),
      ) as Record<Weekday, z.ZodOptional<typeof DayHoursSchema>>,
    )
    .meta({ title: 'Часы по дням недели', description: 'По местному времени компании. Незаполненный день — выходной' }),
  exceptions: z
    .array(HoursExceptionSchema)
    .default([])
    .refine((list) => isUniqueBy(list, (item) => item.date), {
      message: 'Одна и та же дата указана в исключениях дважды',
    })
    .meta({
      title: 'Особые дни',
      description:
        'Только особые дни: разовое закрытие (без часов) или сокращённые часы. Праздники берутся из производственного календаря',
    }),
});

export type DayHours = z.output<typeof DayHoursSchema>;
export type OpeningHours = z.output<typeof OpeningHoursSchema>;

/** True when no two entries share the value of `key` (ids in a list, dates in exceptions). */
/**
 * A field naming an item of another file's list by its key (`.meta({ references })`): the CMS
 * offers that list to pick from (a relation widget), and publish:check refuses a key not in it.
 */
export interface ContentReference {
  /** The content type (CMS collection) of the file holding the list. */
  collection: string;
  list: string;
  key: string;
  /** The item's field shown to the editor when picking. */
  label: string;
  /** The list's section in the admin, for the message. */
  section: string;
}

export function isUniqueBy<Item>(list: readonly Item[], key: (item: Item) => string): boolean {
  return new Set(list.map(key)).size === list.length;
}

/** Customer categories of the Tomsk standard and ПП 442. */
export const CUSTOMER_CATEGORIES = ['individuals', 'businesses', 'utilities', 'equated'] as const;
export const CustomerCategorySchema = z
  .enum(CUSTOMER_CATEGORIES, {
    message: 'Категория клиентов: individuals, businesses, utilities или equated',
  })
  .meta({
    title: 'Категория клиентов',
    description: 'Граждане, организации, исполнители коммунальных услуг или приравненные к населению',
    optionLabels: {
      individuals: 'Граждане',
      businesses: 'Организации и ИП',
      utilities: 'Исполнители коммунальных услуг',
      equated: 'Приравненные к населению',
    },
  });
export type CustomerCategory = z.output<typeof CustomerCategorySchema>;

/** A lowercase Latin slug used as an id and in URLs, e.g. «cok-lenina». */
export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message: 'Идентификатор — латиница в нижнем регистре и дефисы, например cok-lenina',
  })
  .meta({
    title: 'Идентификатор',
    description: 'Латиницей через дефис, например cok-lenina. Не меняйте: на него ведут ссылки',
  });

/** БИК: 9 digits; Russian banks' codes start with 04. */
export const BikSchema = z
  .string()
  .regex(/^04\d{7}$/, { message: 'БИК — 9 цифр, начинается с 04, например 046902606' });

/**
 * Control key of a settlement account (Bank of Russia rule): the last three digits of the БИК
 * followed by the 20-digit account, digits weighted 7-1-3, sum of the last digits of the products
 * divisible by 10.
 */
export function isValidAccountForBik(account: string, bik: string): boolean {
  if (!/^\d{20}$/.test(account) || !/^\d{9}$/.test(bik)) return false;
  const digits = Array.from(bik.slice(-3) + account, Number);
  const weights = [7, 1, 3];
  return digits.reduce((sum, digit, index) => sum + ((digit * (weights[index % 3] ?? 0)) % 10), 0) % 10 === 0;
}

/** Bank details for payments (Tomsk standard 3.9 ж). */
export const BankAccountSchema = z
  .object({
    /** Bank name, e.g. «ПАО Сбербанк». */
    bank: z
      .string()
      .min(3, { message: 'Укажите наименование банка' })
      .meta({ title: 'Банк', description: 'Наименование банка, например ПАО Сбербанк' }),
    bik: BikSchema.meta({ title: 'БИК', description: '9 цифр, начинается с 04' }),
    /** Settlement account, 20 digits with the control key for this БИК. */
    account: z.string().meta({ title: 'Расчётный счёт', description: '20 цифр с контрольным ключом для этого БИК' }),
    /** Correspondent account of the bank, 20 digits starting with 30101. */
    correspondentAccount: z
      .string()
      .regex(/^30101\d{15}$/, { message: 'Корреспондентский счёт — 20 цифр, начинается с 30101' })
      .meta({ title: 'Корреспондентский счёт', description: '20 цифр, начинается с 30101' }),
  })
  .refine((details) => isValidAccountForBik(details.account, details.bik), {
    message: 'Расчётный счёт — 20 цифр с верным контрольным ключом для указанного БИК',
    path: ['account'],
  });

/**
 * `format` names the check for tools that only see the JSON Schema: the CMS runs this very schema
 * in the editor's browser for fields of that format (cms/admin/formats.ts).
 */
export const InnSchema = z
  .string()
  .trim()
  .refine(isValidInn, {
    message: 'ИНН должен состоять из 10 или 12 цифр с верной контрольной суммой, например 7000000003',
  })
  .meta({ format: 'inn' });

export const OgrnSchema = z
  .string()
  .trim()
  .refine(isValidOgrn, {
    message: 'ОГРН должен состоять из 13 цифр (ОГРНИП — из 15) с верной контрольной цифрой',
  })
  .meta({ format: 'ogrn' });

/** A phone number as people write it, e.g. «8-800-222-49-02» or «(3822) 75-00-75». */
export const PhoneSchema = z
  .string()
  .trim()
  .refine((value) => normalizePhone(value) !== null, {
    message: 'Укажите российский номер телефона с кодом, например 8-800-222-49-02 или (3822) 75-00-75',
  })
  .meta({ format: 'phone' });

/** An IANA time zone, e.g. «Asia/Tomsk». */
export const TimeZoneSchema = z
  .string()
  .refine(isValidTimeZone, {
    message: 'Укажите часовой пояс из базы IANA, например Asia/Tomsk',
  })
  .meta({ format: 'time-zone' });

export const HttpsUrlSchema = z.url({
  protocol: /^https$/,
  message: 'Укажите полный адрес, начинающийся с https://',
});

export const EmailSchema = z.email({ message: 'Укажите адрес электронной почты, например info@example.ru' });

/** A calendar date as written in YAML and ISO 8601, e.g. «2026-07-01». Compared as text. */
export const IsoDateSchema = z.iso
  .date({ message: 'Укажите дату в формате ГГГГ-ММ-ДД, например 2026-07-01' })
  .meta({ title: 'Дата', description: 'ГГГГ-ММ-ДД, например 2026-07-01' });

/**
 * A file published on the site, stored under `site/public/files/`, e.g. «/files/tarify/prikaz.pdf».
 * Latin letters only, so links never break in e-mail clients or printed letters.
 */
export const PublicFilePathSchema = z
  .string()
  .regex(/^\/files\/[a-z0-9/_.-]+\.(pdf|xlsx|xls|docx|doc|odt|ods|csv|zip)$/, {
    message: 'Укажите путь к файлу в папке /files/ латиницей, с расширением, например /files/tarify/prikaz-2026.pdf',
  })
  .meta({
    title: 'Файл',
    description: 'PDF, DOCX, XLSX и т. п. до 10 МБ; имя файла — латиницей, например prikaz-2026.pdf',
    format: 'public-file',
  });

/**
 * `sample: true` on an entry: its values are placeholders to replace before launch. The site marks
 * them «пример» and the auditor's report lists them. Default false.
 */
export const SampleFlagSchema = z
  .boolean({ message: 'sample — это true (значения-образцы, заменить до запуска) или false' })
  .default(false)
  .meta({
    title: 'Значения-образцы',
    description: 'Отметьте, если данные выдуманы и их нужно заменить до запуска: сайт пометит их словом «пример»',
  });
