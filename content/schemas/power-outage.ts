/**
 * Planned and emergency power outages (Tomsk standard 4.9; 1.6), with the places they touch as
 * localities and streets, so a citizen finds them by address.
 */
import { z } from 'zod';
import { SampleFlagSchema, SlugSchema, isUniqueBy } from './common.ts';
import { NETWORK_COMPANY_REFERENCE } from './network-company.ts';

const DATE_TIME_HINT = 'Дата и время с часовым поясом, например 2026-12-01T09:00:00+07:00';
const DateTimeSchema = z.iso.datetime({ offset: true, message: DATE_TIME_HINT });
const dateTime = (title: string, description = DATE_TIME_HINT) => DateTimeSchema.meta({ title, description });

/** One street of a locality, with the houses when not the whole street is affected. */
export const OutageStreetSchema = z.object({
  street: z
    .string()
    .trim()
    .min(3, { message: 'Укажите улицу, например «ул. Примерная»' })
    .meta({ title: 'Улица', description: 'С типом улицы, например «ул. Примерная» или «пр. Образцовый»' }),
  /** E.g. «д. 1–15, 17»; omitted means the whole street. */
  houses: z
    .string()
    .trim()
    .min(1)
    .optional()
    .meta({ title: 'Дома', description: 'Например «д. 1–15, 17». Пусто — вся улица' }),
});

/** A locality and its affected streets; no streets means the whole locality. */
export const OutagePlaceSchema = z.object({
  locality: z
    .string()
    .trim()
    .min(2, { message: 'Укажите населённый пункт, например «г. Томск»' })
    .meta({ title: 'Населённый пункт', description: 'С типом, например «г. Томск» или «с. Зоркальцево»' }),
  streets: z
    .array(OutageStreetSchema)
    .default([])
    .meta({ title: 'Улицы', description: 'Пусто — весь населённый пункт' }),
});

export const PowerOutageSchema = z
  .object({
    id: SlugSchema,
    kind: z.enum(['planned', 'emergency'], { message: 'Вид отключения: planned или emergency' }).meta({
      title: 'Вид',
      description: 'Плановое или аварийное',
      optionLabels: { planned: 'Плановое', emergency: 'Аварийное' },
    }),
    places: z.array(OutagePlaceSchema).min(1, { message: 'Укажите хотя бы один населённый пункт' }).meta({
      title: 'Населённые пункты',
      description: 'Населённые пункты и улицы без электроэнергии: по ним жители ищут отключения',
    }),
    /** The network company doing the work: its emergency phone is shown with the outage. */
    network: SlugSchema.optional().meta({
      title: 'Сетевая организация',
      description: 'Выберите из раздела «Сетевые организации»: начните набирать название',
      references: NETWORK_COMPANY_REFERENCE,
    }),
    start: dateTime('Начало'),
    /** When power is expected back. */
    expectedEnd: dateTime('Ожидаемое окончание'),
    /** When power actually came back: shown in the archive. */
    actualEnd: dateTime('Фактическое окончание', `Когда подачу восстановили. ${DATE_TIME_HINT}`).optional(),
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
  })
  .refine((outage) => outage.actualEnd === undefined || Date.parse(outage.actualEnd) > Date.parse(outage.start), {
    message: 'Фактическое окончание должно быть позже начала',
    path: ['actualEnd'],
  });

export const PowerOutagesFileSchema = z.object({
  outages: z
    .array(PowerOutageSchema)
    .refine((list) => isUniqueBy(list, (item) => item.id), {
      message: 'Идентификаторы отключений повторяются',
    })
    .meta({ title: 'Отключения', description: 'Прошедшие отключения сайт сам переносит в архив' }),
});

export type PowerOutage = z.output<typeof PowerOutageSchema>;
