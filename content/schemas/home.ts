/** The home page's task list, ordered by what customers do most (Tomsk standard 3.5–3.8). */
import { z } from 'zod';

export const HomeTaskSchema = z.object({
  /** A verb first, e.g. «Передать показания». */
  title: z
    .string()
    .min(3, { message: 'Назовите действие, например «Передать показания»' })
    .meta({ title: 'Задача', description: 'Начните с глагола, например «Передать показания»' }),
  /** One line under the title. */
  description: z
    .string()
    .min(10, { message: 'Добавьте одну строку пояснения' })
    .meta({ title: 'Пояснение', description: 'Одна строка под названием задачи' }),
  /** Site path, e.g. «/oplata/». */
  href: z
    .string()
    .regex(/^\/[a-z0-9/-]*$/, { message: 'Ссылка — путь на сайте латиницей, например /oplata/' })
    .meta({ title: 'Ссылка', description: 'Путь на сайте латиницей, например /oplata/' }),
  /** Can it be done online, without visiting an office? Online tasks must come first. */
  online: z.boolean().meta({
    title: 'Можно сделать онлайн',
    description: 'Онлайн-задачи стоят в списке первыми (стандарт, п. 3.6)',
  }),
});

export const HomeSchema = z.object({
  tasks: z
    .array(HomeTaskSchema)
    .min(3, { message: 'На главной нужно не меньше трёх задач' })
    .refine((tasks) => !tasks.some((task, index) => index > 0 && task.online && !tasks[index - 1]?.online), {
      message: 'Сначала перечислите задачи, которые решаются онлайн (стандарт, п. 3.6), затем остальные',
    })
    .meta({ title: 'Задачи на главной', description: 'Не меньше трёх; самые частые и онлайн-задачи — первыми' }),
});

export type Home = z.output<typeof HomeSchema>;
