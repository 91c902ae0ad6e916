/**
 * T3 «Обращение о качестве или перерыве электроснабжения» with the details ПП № 55 requires
 * (since 01.02.2024): for a person — ФИО, place of residence, date and place of birth, identity
 * document; for an organisation — its name; for everyone — contract number, address of the
 * premises, time of the violation, phone, e-mail, demands and the preferred reply channel.
 */
import type { FormDefinition } from './definition.ts';
import { applicantTypeField, identityDocumentField, organizationFields } from './organization-fields.ts';
import {
  consentFields,
  contractNumberField,
  objectAddressField,
  personFields,
  phoneField,
  replyFields,
  textAreaField,
} from './person-fields.ts';

const PERSON = { field: 'applicantType', equals: 'person' } as const;

export const supplyQualityForm: FormDefinition = {
  type: 'supply-quality',
  prefix: 'КЭ',
  title: 'Обращение о качестве или перерыве электроснабжения',
  pagePath: '/internet-priemnaya/kachestvo-elektrosnabzheniya/',
  description:
    'Сообщите о перерыве или плохом качестве электроснабжения. Ответ — не позднее {{sla.supply-quality.final|genitive}}.',
  searchPhrases: [
    'низкое напряжение в сети',
    'сообщить об отключении света',
    'скачки напряжения',
    'мигает свет',
    'плохое качество электроэнергии',
  ],
  appealKind: 'supply-quality',
  nextSteps:
    'Обращение будет зарегистрировано и передано в сетевую организацию для проверки в течение {{sla.register|genitive}}; письмо с регистрационным номером придёт в течение минуты. Ответ с результатами проверки — не позднее {{sla.supply-quality.final|genitive}} со дня регистрации.',
  attachments: true,
  fields: [
    applicantTypeField,
    ...personFields,
    ...organizationFields.filter((spec) => spec.name === 'organizationName'),
    {
      name: 'residence',
      kind: 'text',
      label: 'Место жительства',
      hint: 'Для физических лиц',
      required: PERSON,
      max: 300,
    },
    {
      name: 'birthDate',
      kind: 'text',
      label: 'Дата рождения',
      hint: 'Для физических лиц, например 01.02.1980',
      required: PERSON,
      max: 10,
      autocomplete: 'bday',
      example: '01.02.1980',
      pattern: '^(0[1-9]|[12]\\d|3[01])\\.(0[1-9]|1[0-2])\\.(19|20)\\d\\d$',
    },
    {
      name: 'birthPlace',
      kind: 'text',
      label: 'Место рождения',
      hint: 'Для физических лиц',
      required: PERSON,
      max: 200,
    },
    identityDocumentField,
    contractNumberField(true),
    objectAddressField(true),
    {
      name: 'incidentTime',
      kind: 'text',
      label: 'Когда было нарушение',
      hint: 'Дата и время, например 21.11.2026 с 18:00 до 21:30',
      required: true,
      max: 200,
    },
    phoneField(true),
    // ПП № 55 asks everyone for an e-mail, whichever reply channel they choose.
    ...replyFields
      .filter((spec) => spec.name !== 'phone')
      .map((spec) => (spec.name === 'email' ? { ...spec, required: true } : spec)),
    textAreaField('text', 'Что произошло', { required: true }),
    textAreaField('demands', 'Ваши требования', { required: true, max: 2000 }),
    ...consentFields,
  ],
};
