/** T8 «Запрос информации по ПП № 24» (стандарты раскрытия информации): answer within 7 days. */
import type { FormDefinition } from './definition.ts';
import { consentFields, personFields, replyFields, textAreaField } from './person-fields.ts';

export const disclosureRequestForm: FormDefinition = {
  type: 'disclosure-request',
  prefix: 'ЗИ',
  title: 'Запрос информации по стандартам раскрытия (ПП № 24)',
  pagePath: '/internet-priemnaya/zapros-informacii/',
  description:
    'Запросите информацию, которую компания обязана раскрывать по ПП № 24. Ответ — в течение {{sla.pp24-request.final|genitive}}.',
  searchPhrases: ['запрос по ПП 24', 'запросить раскрываемую информацию', 'письменный запрос сведений'],
  appealKind: 'pp24-request',
  nextSteps:
    'Запрос будет зарегистрирован в течение {{sla.register|genitive}}; письмо с регистрационным номером придёт в течение минуты. Ответ — в течение {{sla.pp24-request.final|genitive}} со дня получения запроса, тем способом, который вы выберете.',
  fields: [
    ...personFields,
    ...replyFields,
    textAreaField('requestedInfo', 'Какую информацию вы запрашиваете', { required: true, max: 2000 }),
    ...consentFields,
  ],
};
