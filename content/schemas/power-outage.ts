/** A planned or emergency power outage (Tomsk standard 4.9; 1.6). */
import { z } from 'zod';
import { SampleFlagSchema, SlugSchema, isUniqueBy } from './common.ts';

const DateTimeSchema = z.iso.datetime({
  offset: true,
  message: 'Дата и время с часовым поясом, например 2026-12-01T09:00:00+07:00',
});

export const PowerOutageSchema = z
  .object({
    id: SlugSchema,
    kind: z.enum(['planned', 'emergency'], { message: 'Вид отключения: planned или emergency' }),
    /** Streets and houses affected, e.g. «г. Томск, ул. Примерная, д. 1–15». */
    address: z.string().min(5, { message: 'Укажите адреса, где не будет электроэнергии' }),
    start: DateTimeSchema,
    /** When power is expected back. */
    expectedEnd: DateTimeSchema,
    /** E.g. «Плановый ремонт трансформаторной подстанции». */
    reason: z.string().min(5, { message: 'Укажите причину отключения' }),
    sample: SampleFlagSchema,
  })
  .refine((outage) => Date.parse(outage.expectedEnd) > Date.parse(outage.start), {
    message: 'Ожидаемое окончание должно быть позже начала',
    path: ['expectedEnd'],
  });

export const PowerOutagesFileSchema = z.object({
  outages: z.array(PowerOutageSchema).refine((list) => isUniqueBy(list, (item) => item.id), {
    message: 'Идентификаторы отключений повторяются',
  }),
});

export type PowerOutage = z.output<typeof PowerOutageSchema>;
