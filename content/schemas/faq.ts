/**
 * One question and answer of «Вопросы-ответы» (standard, Глава 5 Раздел 3 п. 3–6): a Markdown
 * file in content/faq/ whose body is the answer.
 */
import { z } from 'zod';
import { SEARCH_PHRASES_TITLE, SearchPhrasesSchema } from './search-phrases.ts';

/** Topics in the order the FAQ index shows them; the key is the URL-safe id used in frontmatter. */
export const FAQ_CATEGORIES = {
  pokazaniya: 'Показания и приборы учёта',
  oplata: 'Оплата и квитанции',
  dolg: 'Задолженность, ограничение и рассрочка',
  'licevoj-schet': 'Лицевой счёт и переоформление',
  dogovor: 'Договор энергоснабжения',
  tarify: 'Тарифы и расчёт платы',
  otklyucheniya: 'Отключения и качество электроэнергии',
  'lichnyj-kabinet': 'Личный кабинет',
  obrashcheniya: 'Обращения и жалобы',
  ofisy: 'Офисы, телефоны и услуги',
} as const;

export type FaqCategory = keyof typeof FAQ_CATEGORIES;

/** Who the answer is for: ФЛ — граждане, ЮЛ — организации и ИП. */
export const FAQ_AUDIENCES = { ФЛ: 'Физическим лицам', ЮЛ: 'Юридическим лицам' } as const;

const categoryIds = Object.keys(FAQ_CATEGORIES) as [FaqCategory, ...FaqCategory[]];

const RelatedLinkSchema = z.object({
  /** Link text, e.g. «Передать показания». */
  title: z
    .string()
    .min(3, { message: 'Укажите текст ссылки' })
    .meta({ title: 'Текст ссылки', description: 'Действие, например «Передать показания»' }),
  /** A path on this site, e.g. «/peredat-pokazaniya/». */
  href: z
    .string()
    .regex(/^\/[a-z0-9\-/]*(#[a-z0-9-]+)?$/, {
      message: 'Ссылка должна вести на страницу этого сайта и начинаться с «/», например /oplata/',
    })
    .meta({ title: 'Адрес', description: 'Путь на этом сайте, например /peredat-pokazaniya/' }),
});

export const FaqSchema = z.object({
  /** The question as a customer would ask it, ending with «?». */
  question: z
    .string()
    .min(10, { message: 'Сформулируйте вопрос полностью (не короче 10 знаков)' })
    .refine((value) => value.trim().endsWith('?'), { message: 'Вопрос должен заканчиваться знаком «?»' })
    .meta({ title: 'Вопрос', description: 'Как его задал бы клиент, со знаком «?» в конце' }),
  /** The permanent URL part: latin letters, digits and hyphens, e.g. «kak-peredat-pokazaniya». */
  slug: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
      message: 'Адрес вопроса — латинские буквы, цифры и дефисы, например kak-peredat-pokazaniya',
    })
    .meta({
      title: 'Адрес вопроса',
      description: 'Латиницей через дефис, например kak-peredat-pokazaniya. Задаётся один раз',
    }),
  /** Topic id, one of FAQ_CATEGORIES, e.g. «oplata». */
  category: z
    .enum(categoryIds, {
      message: `Выберите тему из списка: ${categoryIds.join(', ')}`,
    })
    .meta({ title: 'Тема', description: 'Раздел «Вопросов-ответов»', optionLabels: FAQ_CATEGORIES }),
  /** For whom the answer holds: [ФЛ], [ЮЛ] or both. */
  audience: z
    .array(
      z
        .enum(['ФЛ', 'ЮЛ'], { message: 'Аудитория — ФЛ (граждане) или ЮЛ (организации)' })
        .meta({ optionLabels: FAQ_AUDIENCES }),
    )
    .min(1, { message: 'Укажите, для кого ответ: ФЛ, ЮЛ или оба' })
    .meta({ title: 'Для кого', description: 'Физические лица, юридические лица или оба' }),
  /** Pages of the site where the customer can act on the answer. Default: none. */
  related: z.array(RelatedLinkSchema).default([]).meta({
    title: 'Ссылки для действия',
    description: 'Страницы сайта, где можно сделать то, о чём ответ. Необязательно',
  }),
  /**
   * Other ways customers ask the question («сколько ждать ответа на жалобу»): the site search finds
   * the answer by them too (docs/search.md); they are not shown on the page. Default: none.
   */
  searchPhrases: SearchPhrasesSchema.default([]).meta({
    title: SEARCH_PHRASES_TITLE,
    description:
      'Другие формулировки этого вопроса, как их пишут клиенты: своими словами, коротко, вопросом или ключевыми словами. Поиск находит ответ и по ним; на странице они не видны. Необязательно',
  }),
  /** Date the answer was last checked, e.g. 2026-11-20; shown under the answer. */
  updated: z.coerce
    .date({ message: 'Укажите дату проверки ответа в виде ГГГГ-ММ-ДД' })
    .meta({ title: 'Ответ проверен', description: 'ГГГГ-ММ-ДД; показывается под ответом' }),
});

export type Faq = z.output<typeof FaqSchema>;
