/** A content page in Markdown: section landing pages and topic pages. Its file path is its URL. */
import { z } from 'zod';
import { IsoDateSchema } from './common.ts';
import { SEARCH_PHRASES_TITLE, SearchPhrasesSchema } from './search-phrases.ts';

export const PageSchema = z.object({
  /** Page heading and <title>, e.g. «Оплата электроэнергии». */
  title: z.string().min(3, { message: 'Укажите заголовок страницы' }).meta({
    title: 'Заголовок',
    description: 'Заголовок страницы и вкладки браузера, например «Оплата электроэнергии»',
  }),
  /** One sentence for search results and the meta description. */
  description: z
    .string()
    .min(20, { message: 'Опишите страницу одним предложением (не короче 20 знаков)' })
    .max(200, { message: 'Описание длиннее 200 знаков: сократите его' })
    .meta({ title: 'Описание', description: 'Одно предложение для поисковиков, от 20 до 200 знаков' }),
  /** Short label for breadcrumbs and navigation when the title is long. Defaults to the title. */
  navTitle: z
    .string()
    .optional()
    .meta({ title: 'Короткое название', description: 'Для «хлебных крошек», если заголовок длинный. Необязательно' }),
  /**
   * ASCII file name of a page created in the CMS, which also becomes its address
   * (Astro's glob loader takes `slug` as the entry id). Pages made by hand are named by their file.
   */
  slug: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'Адрес страницы — латиница, цифры и дефисы, например oplata-onlayn' })
    .optional()
    .meta({
      title: 'Адрес страницы',
      description: 'Латиницей через дефис, например oplata-onlayn. Задаётся один раз при создании страницы',
    }),
  /**
   * The text is shown by a dedicated .astro page that adds live data (offices, outages, the
   * disclosure report), so the generic Markdown route does not build it. Default: false.
   */
  dedicatedRoute: z.boolean().default(false).meta({
    title: 'Отдельная страница',
    description: 'Текст показывает особая страница с живыми данными. Не меняйте',
  }),
  /**
   * Other ways customers ask for what the page holds («как платить юрлицу»): the site search finds
   * the page by them too (docs/search.md); they are not shown on the page. Default: none.
   */
  searchPhrases: SearchPhrasesSchema.default([]).meta({
    title: SEARCH_PHRASES_TITLE,
    description:
      'Как клиенты ищут эту страницу: своими словами, коротко, вопросом или ключевыми словами. Поиск находит страницу и по ним; на странице они не видны. Необязательно',
  }),
  /** Explicit «Дата обновления» («YYYY-MM-DD»); by default the file's last commit date is shown. */
  updatedAt: IsoDateSchema.optional().meta({
    title: 'Дата обновления',
    description: 'ГГГГ-ММ-ДД; если пусто, берётся дата последнего изменения файла',
  }),
});

export type Page = z.output<typeof PageSchema>;
