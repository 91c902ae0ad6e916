/** T7 «Перерегистрация лицевого счёта»: a new owner, a changed name (Томск табл. 4.2: 2 working days). */
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

export const accountTransferForm: FormDefinition = {
  type: 'account-transfer',
  prefix: 'ПР',
  title: 'Перерегистрация лицевого счёта',
  pagePath: '/internet-priemnaya/pereoformlenie-scheta/',
  description: 'Переоформите лицевой счёт на нового собственника или после смены фамилии.',
  searchPhrases: [
    'переоформить лицевой счёт',
    'переоформить счёт на нового собственника',
    'сменить фамилию в лицевом счёте',
    'купил квартиру переоформить свет',
    'перерегистрация счёта',
  ],
  appealKind: 'reregistration',
  nextSteps:
    'Специалист проверит данные и документы в течение {{sla.reregistration.final|genitive}} и сообщит результат или чего не хватает. Письмо с регистрационным номером придёт в течение минуты.',
  attachments: true,
  fields: [
    ...personFields,
    phoneField(true),
    ...replyFields.filter((spec) => spec.name !== 'phone'),
    accountNumberField(true),
    objectAddressField(true),
    {
      name: 'transferReason',
      kind: 'radios',
      label: 'Причина перерегистрации',
      required: true,
      options: [
        { value: 'new-owner', label: 'Смена собственника' },
        { value: 'name-change', label: 'Смена фамилии, имени или отчества' },
        { value: 'other', label: 'Другое' },
      ],
    },
    textAreaField('text', 'Комментарий (необязательно)', {
      required: false,
      max: 2000,
      hint: 'Например, с какой даты вы собственник',
    }),
    ...consentFields,
  ],
};
