/**
 * A news item in Markdown. Site-outage notices (standard 3.13) come from the outage ledger and are
 * merged into the news list at request time; kind «site-outage» is for a notice written by hand.
 */
import { z } from 'zod';
import { SampleFlagSchema } from './common.ts';

export const NewsSchema = z.object({
  title: z.string().min(5, { message: 'Укажите заголовок новости' }),
  description: z.string().min(20, { message: 'Кратко перескажите новость (от 20 знаков)' }),
  /** Publication moment with the time zone, e.g. «2026-11-20T10:00:00+07:00». */
  publishedAt: z.iso.datetime({
    offset: true,
    message: 'Дата публикации с часовым поясом, например 2026-11-20T10:00:00+07:00',
  }),
  kind: z.enum(['news', 'site-outage']).default('news'),
  sample: SampleFlagSchema,
});

export type News = z.output<typeof NewsSchema>;
