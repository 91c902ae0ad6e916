/**
 * Grounds for leaving an appeal without an answer on the merits (requirements §4.3), kept in
 * content/refusal-grounds.yaml: the staff console lists them, the customer's notice names them.
 */
import { z } from 'zod';

export const RefusalGroundSchema = z.object({
  /** Stable code stored with the refusal event, e.g. `unreadable`. */
  code: z.string().regex(/^[a-z_]+$/, { message: 'Код основания — латинские строчные буквы и «_»' }),
  /** What staff pick from, e.g. «Текст не поддаётся прочтению». */
  title: z.string().min(5, { message: 'Укажите название основания' }),
  /** The legal basis, e.g. «59-ФЗ ст. 11 ч. 4». */
  basis: z.string().min(3, { message: 'Укажите норму, на которой основан отказ' }),
  /** Whether the customer must be told (all grounds except «no address to reply to»). */
  noticeRequired: z.boolean(),
  /** Starting text of the notice the specialist edits. */
  defaultNotice: z.string().min(10, { message: 'Укажите текст уведомления по умолчанию' }),
});
export type RefusalGround = z.output<typeof RefusalGroundSchema>;

export const RefusalGroundsSchema = z
  .object({ grounds: z.array(RefusalGroundSchema).min(1) })
  .refine((file) => new Set(file.grounds.map((ground) => ground.code)).size === file.grounds.length, {
    message: 'Коды оснований не должны повторяться',
  })
  .transform((file) => file.grounds);
