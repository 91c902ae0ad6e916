/** A planned or emergency power outage (Tomsk standard 4.9; 1.6). */
import { z } from 'zod';
import { SampleFlagSchema, SlugSchema, isUniqueBy } from './common.ts';

const DateTimeSchema = z.iso.datetime({
  offset: true,
  message: 'Дата и время с часовым поясом, например 2026-12-01T09:00:00+07:00',
});
const dateTime = (title: string) =>
  DateTimeSchema.meta({ title, description: 'Дата и время с часовым поясом, например 2026-12-01T09:00:00+07:00' });

export const PowerOutageSchema = z
  .object({
    id: SlugSchema,
    kind: z.enum(['planned', 'emergency'], { message: 'Вид отключения: planned или emergency' }).meta({
      title: 'Вид',
      description: 'Плановое или аварийное',
      optionLabels: { planned: 'Плановое', emergency: 'Аварийное' },
    }),
    /** Streets and houses affected, e.g. «г. Томск, ул. Примерная, д. 1–15». */
    address: z
      .string()
      .min(5, { message: 'Укажите адреса, где не будет электроэнергии' })
      .meta({ title: 'Адреса', description: 'Улицы и дома, например «г. Томск, ул. Примерная, д. 1–15»' }),
    start: dateTime('Начало'),
    /** When power is expected back. */
    expectedEnd: dateTime('Ожидаемое окончание'),
    /** E.g. «Плановый ремонт трансформаторной подстанции». */
    reason: z
      .string()
      .min(5, { message: 'Укажите причину отключения' })
      .meta({ title: 'Причина', description: 'Например «Плановый ремонт трансформаторной подстанции»' }),
    sample: SampleFlagSchema,
  })
  .refine((outage) => Date.parse(outage.expectedEnd) > Date.parse(outage.start), {
    message: 'Ожидаемое окончание должно быть позже начала',
    path: ['expectedEnd'],
  });

export const PowerOutagesFileSchema = z.object({
  outages: z
    .array(PowerOutageSchema)
    .refine((list) => isUniqueBy(list, (item) => item.id), {
      message: 'Идентификаторы отключений повторяются',
    })
    .meta({ title: 'Отключения', description: 'Прошедшие отключения сайт сам уберёт из списка текущих' }),
});

export type PowerOutage = z.output<typeof PowerOutageSchema>;
