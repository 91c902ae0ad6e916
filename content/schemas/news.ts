/**
 * A news item in Markdown. Site-outage notices (standard 3.13) come from the outage ledger and are
 * merged into the news list at request time; kind «site-outage» is for a notice written by hand.
 */
import { z } from 'zod';
import { SampleFlagSchema } from './common.ts';

export const NewsSchema = z.object({
  title: z
    .string()
    .min(5, { message: 'Укажите заголовок новости' })
    .meta({ title: 'Заголовок', description: 'Суть новости в одной строке' }),
  description: z
    .string()
    .min(20, { message: 'Кратко перескажите новость (от 20 знаков)' })
    .meta({ title: 'Кратко', description: 'Одно-два предложения для списка новостей и поисковиков, от 20 знаков' }),
  /**
   * ASCII part of the file name and address of a news item created in the CMS (the glob loader
   * takes `slug` as the entry id). Items written by hand are named by their file.
   */
  slug: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'Адрес новости — латиница, цифры и дефисы, например novyj-sajt' })
    .optional()
    .meta({
      title: 'Адрес новости',
      description: 'Латиницей через дефис, например novyj-sajt. Задаётся один раз при создании',
    }),
  /** Publication moment with the time zone, e.g. «2026-11-20T10:00:00+07:00». */
  publishedAt: z.iso
    .datetime({
      offset: true,
      message: 'Дата публикации с часовым поясом, например 2026-11-20T10:00:00+07:00',
    })
    .meta({ title: 'Опубликовано', description: 'Дата и время с часовым поясом, например 2026-11-20T10:00:00+07:00' }),
  kind: z
    .enum(['news', 'site-outage'])
    .default('news')
    .meta({
      title: 'Вид',
      description: 'Новость или сообщение о сбое в работе сайта (стандарт, п. 3.13)',
      optionLabels: { news: 'Новость', 'site-outage': 'Сбой в работе сайта' },
    }),
  sample: SampleFlagSchema,
});

export type News = z.output<typeof NewsSchema>;
