/** The regulator's decision (приказ, постановление) that sets a tariff or a sales markup. */
import { z } from 'zod';
import { HttpsUrlSchema, IsoDateSchema, PublicFilePathSchema } from './common.ts';

const BODY_MESSAGE =
  'Укажите орган регулирования полностью, например «Департамент тарифного регулирования Томской области»';

export const RegulatorDecisionSchema = z
  .object(
    {
      /** The body that issued it, e.g. «Департамент тарифного регулирования Томской области». */
      body: z.string({ message: BODY_MESSAGE }).min(10, { message: BODY_MESSAGE }).meta({
        title: 'Орган регулирования',
        description: 'Полностью, например «Департамент тарифного регулирования Томской области»',
      }),
      /** Kind of act as it is titled, e.g. «Приказ». */
      kind: z
        .string({ message: 'Укажите вид документа, например «Приказ»' })
        .min(3, { message: 'Укажите вид документа, например «Приказ»' })
        .meta({ title: 'Вид документа', description: 'Например «Приказ» или «Постановление»' }),
      /** Number exactly as printed on the act, e.g. «6-123/9(456)». */
      number: z
        .string({ message: 'Укажите номер приказа, как он напечатан в документе' })
        .min(1, { message: 'Укажите номер приказа, как он напечатан в документе' })
        .meta({ title: 'Номер', description: 'Как напечатан в документе, например 6-123/9(456)' }),
      /** Date of signature, e.g. «2025-12-19». */
      date: IsoDateSchema.meta({ title: 'Дата подписания', description: 'ГГГГ-ММ-ДД, например 2025-12-19' }),
      /** Official publication of the act on the internet, e.g. on the legal portal. Optional if `file` is given. */
      url: HttpsUrlSchema.optional().meta({
        title: 'Ссылка на официальную публикацию',
        description: 'https://… на правовом портале. Нужна ссылка или файл',
      }),
      /** A copy of the act published on this site, e.g. «/files/tarify/prikaz-2026.pdf». Optional if `url` is given. */
      file: PublicFilePathSchema.optional().meta({
        title: 'Файл приказа',
        description: 'Копия приказа на этом сайте, PDF до 10 МБ. Нужен файл или ссылка',
      }),
    },
    { message: 'Укажите решение регулятора (decision): орган, вид, номер, дату и ссылку или файл' },
  )
  .refine((decision) => decision.url !== undefined || decision.file !== undefined, {
    message:
      'Дайте ссылку на приказ (url) или приложите его файл (file): посетитель должен иметь возможность его прочитать',
  })
  .meta({ title: 'Решение регулятора', description: 'Приказ, которым установлены эти значения' });

export type RegulatorDecision = z.output<typeof RegulatorDecisionSchema>;
