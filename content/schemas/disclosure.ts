/**
 * The disclosure registry: one entry per requirement of the checklist (A01–I09) saying where
 * the site satisfies it. The build checks every entry (site/lib/disclosures/).
 */
import { z } from 'zod';
import { COMPANY_SAMPLE_FIELDS } from './company.ts';
import { SampleFlagSchema, isUniqueBy } from './common.ts';

/** A site path with trailing slash, e.g. «/oplata/». */
const SitePathSchema = z.string().regex(/^\/(?:[a-z0-9-]+\/)*(?:[a-z0-9-]+\.(?:json|csv|xml))?$/, {
  message: 'Путь на сайте латиницей, например /oplata/',
});
const AnchorSchema = z.string().regex(/^[a-z0-9-]+$/, { message: 'Якорь — id заголовка латиницей, например sroki' });

/** Monthly: the month before last due date must be published, e.g. data for March by 15 April. */
export const MonthlyRuleSchema = z.object({
  kind: z.literal('monthly'),
  /** Entry field holding the period «YYYY-MM». */
  field: z.string().default('period'),
  /** Day of the following month by which the month must be published. */
  dueDay: z
    .number()
    .int()
    .min(1, { message: 'Срок — число месяца от 1 до 28' })
    .max(28, { message: 'Срок — число месяца от 1 до 28' }),
});

/** Annual: the previous year must be published by a date of the current year. */
export const AnnualRuleSchema = z.object({
  kind: z.literal('annual'),
  /** Entry field holding the period «YYYY» (or a date starting with the year). */
  field: z.string().default('period'),
  /** «MM-DD» of the following year by which the year must be published. */
  due: z.string().regex(/^(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, { message: 'Срок — ММ-ДД, например 06-01' }),
});

export const PeriodicRuleSchema = z.discriminatedUnion('kind', [MonthlyRuleSchema, AnnualRuleSchema], {
  message: 'Правило: monthly или annual',
});

/**
 * What the section of a place must contain to satisfy the legal text, checked on the built page
 * (site/lib/disclosures/assertions.ts): a heading, a phrase, a data field, a link.
 */
export const ContentAssertionSchema = z.union(
  [
    z.strictObject({ heading: z.string().min(3) }),
    z.strictObject({ phrase: z.string().min(3) }),
    /** An element with data-field="name" and text, e.g. the INN in the requisites. */
    z.strictObject({ field: z.string().regex(/^[a-zA-Z][\w-]*$/) }),
    /** A link to this address, e.g. the complaint form. */
    z.strictObject({ link: z.string().regex(/^(\/|https?:\/\/|tel:|mailto:)/) }),
  ],
  { message: 'Проверка: heading, phrase, field или link — например { phrase: "Почтовый адрес" }' },
);

const expectations = z.array(ContentAssertionSchema).default([]).meta({
  title: 'Что должно быть на странице',
  description: 'Заголовки, фразы, поля данных и ссылки, которые проверяются на собранной странице — в YAML',
});

const PageTargetSchema = z.object({
  type: z.literal('page'),
  path: SitePathSchema,
  anchor: AnchorSchema.optional(),
  expect: expectations,
});

const CollectionTargetSchema = z.object({
  type: z.literal('collection'),
  /** Content collection name, e.g. «offices», «documents», «priceLimits». */
  collection: z.string().min(2, { message: 'Укажите имя коллекции, например offices' }),
  /** Only entries whose fields equal these values count, e.g. { kind: fin-statements }. */
  where: z.record(z.string(), z.union([z.string(), z.boolean()])).default({}),
  /** The page that shows the collection. */
  path: SitePathSchema,
  anchor: AnchorSchema.optional(),
  rule: PeriodicRuleSchema.optional(),
  expect: expectations,
});

const NotApplicableSchema = z.object({
  type: z.literal('not-applicable'),
  /** Why the company does not publish this, shown in the report. */
  reason: z.string().min(20, { message: 'Объясните, почему пункт не применяется (от 20 знаков)' }),
  /** The norm that makes the item not apply, shown in the report next to the reason. */
  legalBasis: z.string().min(5, { message: 'Укажите норму, по которой пункт не применяется' }),
});

export const DisclosureTargetSchema = z.discriminatedUnion(
  'type',
  [PageTargetSchema, CollectionTargetSchema, NotApplicableSchema],
  {
    message: 'Тип цели: page, collection или not-applicable',
  },
);

/** A place that satisfies an item: a page section or a collection shown on a page. */
const PlaceSchema = z.discriminatedUnion('type', [PageTargetSchema, CollectionTargetSchema], {
  message: 'Тип места: page или collection',
});

export const DisclosureSchema = z
  .object({
    /** Checklist id, e.g. «C03». */
    id: z
      .string()
      .regex(/^[A-I]\d{2}$/, { message: 'Номер пункта — буква A–I и две цифры, например C03' })
      .meta({ title: 'Номер пункта', description: 'Буква A–I и две цифры, например C03' }),
    title: z
      .string()
      .min(3, { message: 'Укажите название пункта' })
      .meta({ title: 'Название', description: 'Что публикуется, например «Тарифы для населения»' }),
    /** Legal or standard basis, e.g. [«Томск 3.9(е)», «ОП 442»]. */
    basis: z
      .array(
        z
          .string({ message: 'Основание — текст, например «ПП № 24, п. 9»' })
          .min(2, { message: 'Основание — текст, например «ПП № 24, п. 9»' })
          .meta({ title: 'Основание', description: 'Например «ПП № 24, п. 9»' }),
      )
      .min(1, { message: 'Укажите основание публикации' })
      .meta({ title: 'Основания', description: 'Нормы закона или стандарта, требующие публикации' }),
    /** Who it is for: all, individuals, businesses, utilities, equated. */
    audience: z
      .array(
        z
          .enum(['all', 'individuals', 'businesses', 'utilities', 'equated'], {
            message: 'Аудитория: all, individuals, businesses, utilities или equated',
          })
          .meta({
            optionLabels: {
              all: 'Все',
              individuals: 'Граждане',
              businesses: 'Организации и ИП',
              utilities: 'Исполнители коммунальных услуг',
              equated: 'Приравненные к населению',
            },
          }),
      )
      .min(1, { message: 'Укажите, для кого публикуется пункт' })
      .meta({ title: 'Для кого', description: 'Хотя бы одна категория' }),
    periodicity: z
      .enum(['permanent', 'on-change', 'monthly', 'annual', 'on-request', 'on-event'], {
        message: 'Периодичность: permanent, on-change, monthly, annual, on-request или on-event',
      })
      .meta({
        title: 'Периодичность',
        description: 'Как часто обновляется',
        optionLabels: {
          permanent: 'Постоянно',
          'on-change': 'При изменении',
          monthly: 'Ежемесячно',
          annual: 'Ежегодно',
          'on-request': 'По запросу',
          'on-event': 'По событию',
        },
      }),
    /** False for recommended items: a failure then shows in the report but does not stop the build. */
    required: z.boolean().default(true).meta({
      title: 'Обязательный пункт',
      description: 'Ошибка в обязательном пункте останавливает публикацию; в рекомендуемом — только видна в отчёте',
    }),
    target: DisclosureTargetSchema.meta({
      title: 'Где опубликовано',
      description:
        'type: page (path, anchor), collection (collection, where, path, rule) или not-applicable (reason) — в YAML',
    }),
    /** Further places the item needs, each checked like `target`, e.g. the benefits next to the tariffs (C01). */
    alsoAt: z
      .array(PlaceSchema.meta({ title: 'Место', description: 'type: page (path, anchor) или collection — в YAML' }))
      .default([])
      .meta({
        title: 'Другие места публикации',
        description: 'Дополнительные страницы или коллекции, каждая проверяется как основное место — в YAML',
      }),
    /** Content files (or folders, ending in «/») whose last commit is the item's update date, besides the target page's own file. */
    sources: z
      .array(
        z.string().meta({ title: 'Файл', description: 'Путь от корня репозитория, например content/offices.yaml' }),
      )
      .default([])
      .meta({ title: 'Файлы-источники', description: 'По их последнему изменению считается дата обновления пункта' }),
    /** company.yaml fields the item shows; sample values there make its status «пример». */
    companyFields: z
      .array(z.enum(COMPANY_SAMPLE_FIELDS))
      .default([])
      .meta({ title: 'Поля профиля компании', description: 'Какие реквизиты показывает пункт' }),
    sample: SampleFlagSchema,
    /** Note for developers and operators, e.g. what to switch after a merge. Not shown publicly. */
    todo: z
      .string()
      .optional()
      .meta({ title: 'Заметка для разработчиков', description: 'На сайте не показывается. Необязательно' }),
  })
  .refine((item) => item.target.type !== 'not-applicable' || item.alsoAt.length === 0, {
    path: ['alsoAt'],
    message: 'У неприменимого пункта не может быть мест публикации (alsoAt)',
  })
  // Every place says what satisfies the legal text there: a place checked only for a link proves nothing.
  .superRefine((item, context) => {
    const places = item.target.type === 'not-applicable' ? [] : [item.target, ...item.alsoAt];
    for (const [index, place] of places.entries()) {
      if (place.expect.length > 0) continue;
      context.addIssue({
        code: 'custom',
        path: index === 0 ? ['target', 'expect'] : ['alsoAt', index - 1, 'expect'],
        message: 'Укажите, что должно быть на странице (expect): заголовок, фразу, поле или ссылку',
      });
    }
  });

export const DisclosuresFileSchema = z.object({
  disclosures: z
    .array(DisclosureSchema)
    .refine((list) => isUniqueBy(list, (item) => item.id), {
      message: 'Номера пунктов реестра повторяются',
    })
    .meta({ title: 'Пункты', description: 'Один пункт перечня требований — одна запись' }),
});

export type Disclosure = z.output<typeof DisclosureSchema>;
export type DisclosurePlace = z.output<typeof PlaceSchema>;
export type ContentAssertion = z.output<typeof ContentAssertionSchema>;
export type PeriodicRule = z.output<typeof PeriodicRuleSchema>;
