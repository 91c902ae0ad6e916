/** A content page in Markdown: section landing pages and topic pages. Its file path is its URL. */
import { z } from 'zod';
import { IsoDateSchema } from './common.ts';

export const PageSchema = z.object({
  /** Page heading and <title>, e.g. «Оплата электроэнергии». */
  title: z.string().min(3, { message: 'Укажите заголовок страницы' }),
  /** One sentence for search results and the meta description. */
  description: z
    .string()
    .min(20, { message: 'Опишите страницу одним предложением (не короче 20 знаков)' })
    .max(200, { message: 'Описание длиннее 200 знаков: сократите его' }),
  /** Short label for breadcrumbs and navigation when the title is long. Defaults to the title. */
  navTitle: z.string().optional(),
  /**
   * The text is shown by a dedicated .astro page that adds live data (offices, outages, the
   * disclosure report), so the generic Markdown route does not build it. Default: false.
   */
  dedicatedRoute: z.boolean().default(false),
  /** Explicit «Дата обновления» («YYYY-MM-DD»); by default the file's last commit date is shown. */
  updatedAt: IsoDateSchema.optional(),
});

export type Page = z.output<typeof PageSchema>;
