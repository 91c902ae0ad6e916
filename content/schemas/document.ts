/** A published file: contract form, blank form, standard, policy or ПП 24 report. */
import { z } from 'zod';
import {
  CustomerCategorySchema,
  IsoDateSchema,
  PublicFilePathSchema,
  SampleFlagSchema,
  SlugSchema,
  isUniqueBy,
} from './common.ts';

export const DOCUMENT_KINDS = [
  'contract-form',
  'blank-form',
  'service-standard',
  'privacy-policy',
  'fin-statements',
  'cost-structure',
  'tariff-proposal',
  'fas-letter',
  'purchase-volumes',
  'useful-supply',
  'volumes-by-category',
] as const;

export const DocumentSchema = z
  .object({
    id: SlugSchema,
    /** E.g. «Форма договора энергоснабжения для граждан». */
    title: z
      .string()
      .min(5, { message: 'Укажите название документа' })
      .meta({ title: 'Название', description: 'Например «Форма договора энергоснабжения для граждан»' }),
    kind: z.enum(DOCUMENT_KINDS, { message: `Вид документа — один из: ${DOCUMENT_KINDS.join(', ')}` }).meta({
      title: 'Вид документа',
      description: 'От него зависит, в каком разделе сайта документ',
      optionLabels: {
        'contract-form': 'Форма договора',
        'blank-form': 'Бланк заявления',
        'service-standard': 'Стандарт обслуживания',
        'privacy-policy': 'Политика обработки персональных данных',
        'fin-statements': 'Бухгалтерская отчётность',
        'cost-structure': 'Структура себестоимости',
        'tariff-proposal': 'Предложение о размере цен (тарифов)',
        'fas-letter': 'Документ ФАС',
        'purchase-volumes': 'Объёмы покупки электроэнергии',
        'useful-supply': 'Полезный отпуск',
        'volumes-by-category': 'Объёмы по категориям потребителей',
      },
    }),
    /** For contract forms: the customer category the form is for. */
    category: CustomerCategorySchema.optional().meta({
      title: 'Для кого форма договора',
      description: 'Обязательно для формы договора',
    }),
    /** Reporting period of a periodic report: «2025» or «2025-03». */
    period: z
      .string()
      .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2]))?$/, { message: 'Период — год ГГГГ или месяц ГГГГ-ММ' })
      .optional()
      .meta({ title: 'Отчётный период', description: 'Для отчётов: год ГГГГ или месяц ГГГГ-ММ' }),
    /** Date the document was approved or published; a date after today keeps it off the site until then. */
    date: IsoDateSchema.meta({
      title: 'Дата',
      description:
        'Дата утверждения или публикации, ГГГГ-ММ-ДД; документ с будущей датой появится на сайте в этот день',
    }),
    /** Path of the file under site/public, e.g. «/files/dogovor-fl.pdf». */
    file: PublicFilePathSchema,
    /** The HTML description shown next to the file: what it is and who needs it. */
    description: z
      .string()
      .min(30, { message: 'Опишите документ в одном-двух предложениях (от 30 знаков)' })
      .meta({ title: 'Описание', description: 'Что это за документ и кому он нужен, от 30 знаков' }),
    /** An HTML version of the same content on the site, e.g. «/dokumenty/blank-zayavleniya/». */
    htmlVersion: z
      .string()
      .startsWith('/', { message: 'HTML-версия — путь на сайте, например /o-kompanii/' })
      .optional()
      .meta({ title: 'HTML-версия', description: 'Страница сайта с тем же текстом, например /dokumenty/blank/' }),
    /** For the service standard: approved on the basis of the federal base standard of December 2025 (A15). */
    basedOnFederalStandard: z.boolean().optional().meta({
      title: 'Утверждён на основе федерального базового стандарта',
      description: 'Только для стандарта качества обслуживания: отметьте, когда он утверждён по базовому стандарту',
    }),
    sample: SampleFlagSchema,
  })
  .refine((doc) => doc.kind !== 'contract-form' || doc.category !== undefined, {
    message: 'У формы договора укажите категорию клиентов (category)',
    path: ['category'],
  });

export const DocumentsFileSchema = z.object({
  documents: z
    .array(DocumentSchema)
    .refine((list) => isUniqueBy(list, (item) => item.id), {
      message: 'Идентификаторы документов повторяются',
    })
    .meta({ title: 'Документы', description: 'Каждый документ — файл и его описание' }),
});

export type DocumentEntry = z.output<typeof DocumentSchema>;
