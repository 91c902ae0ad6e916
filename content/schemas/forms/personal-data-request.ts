/** T9 «Запрос субъекта персональных данных» (152-ФЗ ст. 14, 20, 21): answer within 10 working days. */
import type { FormDefinition } from './definition.ts';
import { consentFields, personFields, replyFields, textAreaField } from './person-fields.ts';

export const personalDataRequestForm: FormDefinition = {
  type: 'personal-data-request',
  prefix: 'ПД',
  title: 'Запрос о ваших персональных данных',
  pagePath: '/internet-priemnaya/personalnye-dannye/',
  description: 'Узнайте, какие ваши данные мы обрабатываем, попросите их уточнить, удалить или отзовите согласие.',
  searchPhrases: [
    'удалить мои персональные данные',
    'отозвать согласие на обработку данных',
    'какие данные обо мне хранятся',
  ],
  appealKind: 'pd-request',
  nextSteps:
    'Ответ — в течение {{sla.pd-request.final|genitive}} со дня получения запроса; если нужно больше времени, мы сообщим причину, и срок продлится не более чем на {{sla.terms.pd-extension}}. Письмо с регистрационным номером придёт в течение минуты.',
  attachments: true,
  fields: [
    ...personFields,
    ...replyFields,
    {
      name: 'requestKind',
      kind: 'radios',
      label: 'Что вы просите',
      required: true,
      options: [
        { value: 'access', label: 'Сообщить, какие мои данные обрабатываются' },
        { value: 'correct', label: 'Уточнить (исправить) мои данные' },
        { value: 'withdraw', label: 'Отозвать согласие на обработку' },
        { value: 'delete', label: 'Прекратить обработку и удалить данные' },
      ],
    },
    textAreaField('identification', 'Сведения для поиска ваших данных', {
      required: true,
      max: 1000,
      hint: 'Номер лицевого счёта или договора, адрес объекта — чтобы мы нашли именно ваши данные',
    }),
    textAreaField('text', 'Подробности (необязательно)', { required: false, max: 2000 }),
    ...consentFields,
  ],
};
