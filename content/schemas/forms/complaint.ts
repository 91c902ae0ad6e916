/** T2 «Жалоба или претензия»: a violated right, poor quality, a recalculation demand (Томск 4.4). */
import type { FormDefinition } from './definition.ts';
import { contractNumberField, consentFields, personFields, replyFields, textAreaField } from './person-fields.ts';

export const complaintForm: FormDefinition = {
  type: 'complaint',
  prefix: 'ЖП',
  title: 'Жалоба или претензия',
  pagePath: '/internet-priemnaya/zhaloba/',
  description: 'Подайте жалобу или претензию: нарушение ваших прав, перерасчёт, качество обслуживания.',
  searchPhrases: [
    'пожаловаться на энергосбыт',
    'претензия по начислению',
    'жалоба на перерасчёт',
    'недоволен обслуживанием',
  ],
  appealKind: 'complaint',
  nextSteps:
    'Претензия будет зарегистрирована в течение {{sla.register|genitive}}; письмо с регистрационным номером придёт в течение минуты. Ответ — не позднее {{sla.complaint.final|genitive}} со дня регистрации.',
  attachments: true,
  fields: [
    ...personFields,
    ...replyFields,
    contractNumberField(false),
    textAreaField('text', 'Суть жалобы', { required: true, hint: 'Что произошло и когда. Не более 4000 символов' }),
    textAreaField('demands', 'Ваше требование', { required: true, max: 2000 }),
    ...consentFields,
  ],
};
