/** A way to be served without visiting an office (Tomsk standard 3.9 з, и; Глава 4). */
import { z } from 'zod';
import { OpeningHoursSchema, SampleFlagSchema, SlugSchema, isUniqueBy } from './common.ts';

export const REMOTE_CHANNEL_KINDS = ['phone', 'email', 'online', 'messenger', 'post'] as const;

export const RemoteChannelSchema = z.object({
  id: SlugSchema,
  /** E.g. «Контакт-центр». */
  name: z
    .string()
    .min(3, { message: 'Укажите название канала' })
    .meta({ title: 'Название', description: 'Например «Контакт-центр»' }),
  kind: z.enum(REMOTE_CHANNEL_KINDS, { message: 'Вид канала: phone, email, online, messenger или post' }).meta({
    title: 'Вид',
    description: 'Как клиент связывается с компанией',
    optionLabels: {
      phone: 'Телефон',
      email: 'Электронная почта',
      online: 'Онлайн-сервис',
      messenger: 'Мессенджер или соцсеть',
      post: 'Почта',
    },
  }),
  /** What it is for, one sentence. */
  purpose: z
    .string()
    .min(10, { message: 'Опишите одним предложением, с чем помогает канал' })
    .meta({ title: 'Для чего', description: 'Одно предложение: с чем помогает канал' }),
  /** Phone number, e-mail address or https link, as shown. */
  contact: z
    .string()
    .min(3, { message: 'Укажите номер, адрес или ссылку' })
    .meta({ title: 'Контакт', description: 'Номер телефона, адрес почты или ссылка https://' }),
  /** Working hours in the company time zone, or «24/7» for round-the-clock channels. */
  hours: z
    .union([z.literal('24/7'), OpeningHoursSchema], {
      message: 'Укажите режим работы: расписание по дням или «24/7»',
    })
    .meta({
      title: 'Режим работы',
      description:
        '24/7 — круглосуточно; иначе расписание: weekly: { mon: { from: 08:00, to: 20:00 }, … } и exceptions для особых дней',
    }),
  sample: SampleFlagSchema,
});

export const RemoteChannelsFileSchema = z.object({
  channels: z
    .array(RemoteChannelSchema)
    .min(1, { message: 'Нужен хотя бы один канал заочного обслуживания' })
    .refine((list) => isUniqueBy(list, (item) => item.id), {
      message: 'Идентификаторы каналов повторяются',
    })
    .meta({ title: 'Каналы', description: 'Порядок здесь — порядок на странице' }),
});

export type RemoteChannel = z.output<typeof RemoteChannelSchema>;
