/**
 * «Предельные уровни нерегулируемых цен» (C03): published every month, no later than the 15th of
 * the next month, for each of the six price categories; one entry per settlement month.
 */
import { z } from 'zod';
import { IsoDateSchema, PublicFilePathSchema, SampleFlagSchema } from './common.ts';

export const PRICE_CATEGORIES = [1, 2, 3, 4, 5, 6] as const;

const TITLE_MESSAGE = 'Назовите файл так, чтобы было понятно, что в нём, не короче 10 знаков';
const DESCRIPTION_MESSAGE = 'Опишите содержание файла одним-двумя предложениями (не короче 20 знаков)';

const CATEGORY_MESSAGE = 'Ценовая категория — число от 1 до 6';
const CategorySchema = z
  .number({ message: CATEGORY_MESSAGE })
  .int({ message: CATEGORY_MESSAGE })
  .min(1, { message: CATEGORY_MESSAGE })
  .max(6, { message: CATEGORY_MESSAGE })
  .meta({ title: 'Ценовая категория', description: 'Число от 1 до 6' });
const CATEGORIES_MESSAGE = 'Укажите, к каким ценовым категориям (1–6) относится файл, например [1, 2, 3, 4, 5, 6]';

export const PriceLimitFileSchema = z.object({
  /** Link text, e.g. «Предельные уровни за октябрь 2026 года, 1–6 ценовые категории». */
  title: z.string({ message: TITLE_MESSAGE }).min(10, { message: TITLE_MESSAGE }).meta({
    title: 'Название',
    description: 'Текст ссылки, например «Предельные уровни за октябрь 2026 года, 1–6 ЦК»',
  }),
  /** The file under site/public/files/, e.g. «/files/predelnye-urovni/2026-10.xlsx». */
  file: PublicFilePathSchema.meta({ title: 'Файл', description: 'XLSX или PDF до 10 МБ, имя латиницей' }),
  /** What the file contains, shown next to the link for those who cannot open it. */
  description: z
    .string({ message: DESCRIPTION_MESSAGE })
    .min(20, { message: DESCRIPTION_MESSAGE })
    .meta({ title: 'Описание', description: 'Что в файле — для тех, кто не может его открыть' }),
  /** Price categories (1–6) the file covers, e.g. [1, 2, 3, 4, 5, 6]. */
  categories: z
    .array(CategorySchema, { message: CATEGORIES_MESSAGE })
    .min(1, { message: CATEGORIES_MESSAGE })
    .meta({ title: 'Ценовые категории', description: 'Какие категории (1–6) есть в файле' }),
});

const PERIOD_MESSAGE = 'Укажите расчётный месяц в формате ГГГГ-ММ, например 2026-10';
const PERIOD_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Last calendar day of «YYYY-MM». */
function monthEnd(period: string): string {
  const [year = 0, month = 0] = period.split('-').map(Number);
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

export const PriceLimitsMonthSchema = z
  .object({
    /** Settlement month, e.g. «2026-10». */
    period: z
      .string({ message: PERIOD_MESSAGE })
      .regex(PERIOD_PATTERN, { message: PERIOD_MESSAGE })
      .meta({ title: 'Расчётный месяц', description: 'ГГГГ-ММ, например 2026-10' }),
    /** Day the values were published on the site, e.g. «2026-11-12». */
    publishedAt: IsoDateSchema.meta({
      title: 'Дата публикации',
      description: 'ГГГГ-ММ-ДД, не позднее 15-го числа следующего месяца',
    }),
    /** The published files: six files, one per category, or one file with all six. */
    files: z
      .array(PriceLimitFileSchema, { message: 'Приложите файл с предельными уровнями' })
      .min(1, { message: 'Приложите файл с предельными уровнями' })
      .meta({ title: 'Файлы', description: 'Шесть файлов по ценовым категориям или один файл со всеми' }),
    /** Reasons the weighted average price changed because of earlier periods' data, when there were any. Optional. */
    note: z.string().optional().meta({
      title: 'Примечание',
      description: 'Почему изменилась средневзвешенная цена из-за данных прошлых периодов. Необязательно',
    }),
    /** Values are placeholders to replace before launch; the site marks them «пример». Default false. */
    sample: SampleFlagSchema,
  })
  .superRefine((month, ctx) => {
    const covered = new Set(month.files.flatMap((file) => file.categories));
    const missing = PRICE_CATEGORIES.filter((category) => !covered.has(category));
    if (missing.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['files'],
        message: `Нет файлов для ценовых категорий: ${missing.join(', ')}. Предельные уровни публикуются по всем шести категориям`,
      });
    }
    // zod runs this rule even when the month is malformed: its own message says so already.
    if (PERIOD_PATTERN.test(month.period) && month.publishedAt <= monthEnd(month.period)) {
      ctx.addIssue({
        code: 'custom',
        path: ['publishedAt'],
        message: 'Дата публикации (publishedAt) должна быть позже расчётного месяца: уровни считают по его итогам',
      });
    }
  });
export type PriceLimitsMonth = z.output<typeof PriceLimitsMonthSchema>;

/** The whole `content/tariffs/price-limits.yaml`: months under `months:`, each month once. */
export const PriceLimitsFileSchema = z.object({
  /** The months in any order; the page shows the newest first. */
  months: z
    .array(PriceLimitsMonthSchema, { message: 'Перечислите месяцы под ключом months:' })
    .superRefine((months, ctx) => {
      months.forEach((month, index) => {
        if (months.findIndex((other) => other.period === month.period) !== index) {
          ctx.addIssue({
            code: 'custom',
            path: [index, 'period'],
            message: `Месяц ${month.period} уже есть в списке: объедините файлы в одну запись`,
          });
        }
      });
    })
    .meta({ title: 'Месяцы', description: 'Каждый месяц — одна запись; новый добавьте в конец' }),
});
