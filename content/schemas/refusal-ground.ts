/**
 * Grounds for leaving an appeal without an answer on the merits (requirements §4.3), kept in
 * content/refusal-grounds.yaml: the staff console lists them, the customer's notice names them.
 */
import { z } from 'zod';

export const RefusalGroundSchema = z.object({
  /** Stable code stored with the refusal event, e.g. `unreadable`. */
  code: z
    .string()
    .regex(/^[a-z_]+$/, { message: 'Код основания — латинские строчные буквы и «_»' })
    .meta({ title: 'Код', description: 'Латиницей, не меняется после первого отказа с этим основанием' }),
  /** What staff pick from, e.g. «Текст не поддаётся прочтению». */
  title: z
    .string()
    .min(5, { message: 'Укажите название основания' })
    .meta({ title: 'Основание', description: 'Как его видит специалист, например «Текст не поддаётся прочтению»' }),
  /** The legal basis, e.g. «59-ФЗ ст. 11 ч. 4». */
  basis: z
    .string()
    .min(3, { message: 'Укажите норму, на которой основан отказ' })
    .meta({ title: 'Норма', description: 'Например «59-ФЗ ст. 11 ч. 4»' }),
  /** Whether the customer must be told (all grounds except «no address to reply to»). */
  noticeRequired: z.boolean().meta({
    title: 'Уведомлять заявителя',
    description: 'Снимите отметку, только если ответить некуда (не указан адрес)',
  }),
  /** Starting text of the notice the specialist edits. */
  defaultNotice: z
    .string()
    .min(10, { message: 'Укажите текст уведомления по умолчанию' })
    .meta({ title: 'Текст уведомления', description: 'С него начинается уведомление; специалист может дополнить' }),
});
export type RefusalGround = z.output<typeof RefusalGroundSchema>;

/** content/refusal-grounds.yaml as editors write it (the CMS edits this shape). */
export const RefusalGroundsFileSchema = z
  .object({
    grounds: z
      .array(RefusalGroundSchema)
      .min(1, { message: 'Укажите хотя бы одно основание' })
      .meta({ title: 'Основания', description: 'Из них специалист выбирает причину отказа' }),
  })
  .refine((file) => new Set(file.grounds.map((ground) => ground.code)).size === file.grounds.length, {
    message: 'Коды оснований не должны повторяться',
    path: ['grounds'],
  });

export const RefusalGroundsSchema = RefusalGroundsFileSchema.transform((file) => file.grounds);
