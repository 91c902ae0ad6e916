/**
 * T5 «Заявка на заключение договора» for people and for organisations (Основные положения № 442):
 * a person gives an identity document, an organisation its name, ИНН, ОГРН and representative.
 */
import type { FormDefinition } from './definition.ts';
import { applicantTypeField, identityDocumentField, organizationFields } from './organization-fields.ts';
import {
  consentFields,
  objectAddressField,
  personFields,
  phoneField,
  replyFields,
  textAreaField,
} from './person-fields.ts';

export const contractForm: FormDefinition = {
  type: 'contract',
  prefix: 'ДГ',
  title: 'Заявка на заключение договора энергоснабжения',
  pagePath: '/internet-priemnaya/zaklyuchenie-dogovora/',
  description: 'Подайте заявку на договор энергоснабжения — для физических лиц и организаций.',
  searchPhrases: ['заявка на договор онлайн', 'оформить договор через сайт', 'подать документы на договор'],
  appealKind: 'contract',
  nextSteps:
    'В течение {{sla.contract.final|genitive}} мы сообщим, каких документов не хватает, или пригласим подписать договор; проект договора — в течение {{sla.terms.contract-draft|genitive}}. Письмо с регистрационным номером придёт в течение минуты.',
  attachments: true,
  fields: [
    applicantTypeField,
    ...personFields.map((spec) => ({ ...spec, hint: 'Для организации — данные уполномоченного представителя' })),
    identityDocumentField,
    ...organizationFields,
    objectAddressField(true),
    phoneField(true),
    ...replyFields.filter((spec) => spec.name !== 'phone'),
    textAreaField('text', 'Комментарий (необязательно)', {
      required: false,
      max: 2000,
      hint: 'Например, мощность или вид объекта',
    }),
    ...consentFields,
  ],
};
