/** «Обращение»: a written appeal on any matter (59-ФЗ; answer within 30 days of registration). */
import type { FormDefinition } from './definition.ts';
import {
  accountNumberField,
  consentFields,
  objectAddressField,
  personFields,
  replyFields,
  textAreaField,
} from './person-fields.ts';

export const appealForm: FormDefinition = {
  type: 'appeal',
  prefix: 'ОБ',
  title: 'Обращение',
  pagePath: '/internet-priemnaya/obrashchenie/',
  description:
    'Подайте письменное обращение в компанию. Ответ — не позднее {{sla.appeal.final|genitive}} со дня регистрации.',
  searchPhrases: ['написать обращение', 'подать заявление онлайн', 'письменное обращение в энергосбыт'],
  appealKind: 'appeal',
  nextSteps:
    'Обращение будет зарегистрировано и передано специалисту в течение {{sla.register|genitive}}; письмо с регистрационным номером придёт в течение минуты. Ответ по существу — не позднее {{sla.appeal.final|genitive}} со дня регистрации; если ответ готовится дольше, в течение {{sla.appeal.interim|genitive}} мы сообщим промежуточный результат.',
  attachments: true,
  fields: [
    ...personFields,
    ...replyFields,
    accountNumberField(false),
    objectAddressField(false),
    textAreaField('text', 'Текст обращения', { required: true }),
    ...consentFields,
  ],
};
