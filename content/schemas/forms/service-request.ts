/** T4 «Заявка на услугу» (Томск Разд. 3 п. 14–20): a specialist calls back within 1 working day. */
import type { FormDefinition } from './definition.ts';
import {
  accountNumberField,
  consentFields,
  objectAddressField,
  personFields,
  phoneField,
  replyFields,
  textAreaField,
} from './person-fields.ts';

export const serviceRequestForm: FormDefinition = {
  type: 'service',
  prefix: 'ЗУ',
  title: 'Заявка на услугу',
  pagePath: '/internet-priemnaya/zayavka-na-uslugu/',
  description: 'Закажите услугу: замену или поверку счётчика, выезд специалиста, копии документов.',
  searchPhrases: [
    'заказать услугу',
    'вызвать специалиста на дом',
    'заказать замену счётчика',
    'заявка на поверку',
    'копия документов',
  ],
  appealKind: 'service-request',
  nextSteps:
    'Специалист позвонит в течение {{sla.service-request.callback|genitive}}, чтобы уточнить детали и удобное время; письмо с регистрационным номером придёт в течение минуты. Заявка будет рассмотрена в течение {{sla.service-request.final|genitive}}.',
  attachments: true,
  fields: [
    ...personFields,
    phoneField(true),
    ...replyFields.filter((spec) => spec.name !== 'phone'),
    accountNumberField(false),
    objectAddressField(true),
    {
      name: 'serviceKind',
      kind: 'select',
      label: 'Услуга',
      hint: 'Цены — в разделе «Услуги»',
      required: true,
      options: [
        { value: 'meter-replacement', label: 'Замена прибора учёта' },
        { value: 'meter-verification', label: 'Поверка прибора учёта' },
        { value: 'meter-sealing', label: 'Опломбирование прибора учёта' },
        { value: 'specialist-visit', label: 'Выезд специалиста' },
        { value: 'documents', label: 'Копии документов, справки' },
        { value: 'other', label: 'Другая услуга' },
      ],
    },
    {
      name: 'preferredTime',
      kind: 'text',
      label: 'Удобное время (необязательно)',
      hint: 'Например: будни после 18:00',
      required: false,
      max: 200,
    },
    textAreaField('text', 'Комментарий (необязательно)', { required: false, max: 2000 }),
    ...consentFields,
  ],
};
