/** T1 «Вопрос специалисту»: for questions the FAQ does not answer (59-ФЗ ст. 7; Томск Разд. 3 п. 6–7). */
import type { FormDefinition } from './definition.ts';
import type { RequiredWhen } from './fields.ts';
import { accountNumberField, consentFields, personFields, replyFields } from './person-fields.ts';

const CALLBACK: RequiredWhen = { field: 'callbackRequested', filled: true };

export const questionForm: FormDefinition = {
  type: 'question',
  prefix: 'ВП',
  title: 'Вопрос специалисту',
  pagePath: '/internet-priemnaya/vopros/',
  description:
    'Задайте вопрос специалисту, если не нашли ответа в разделе «Вопросы и ответы». Ответ — в течение {{sla.question.final|genitive}}.',
  searchPhrases: ['задать вопрос онлайн', 'спросить специалиста', 'консультация по электроэнергии'],
  appealKind: 'question',
  nextSteps:
    'Письмо с регистрационным номером придёт на указанный адрес в течение минуты. Специалист ответит в течение {{sla.question.final|genitive}}. Если вопрос требует проверки, его рассмотрят как обращение — не позднее {{sla.appeal.final|genitive}} со дня регистрации.',
  attachments: true,
  fields: [
    ...personFields,
    ...replyFields.map((spec) =>
      spec.name === 'phone'
        ? { ...spec, label: 'Телефон', hint: 'Нужен, если вы просите перезвонить', required: CALLBACK }
        : spec,
    ),
    {
      name: 'callbackRequested',
      kind: 'checkbox',
      label: 'Перезвоните мне: вопрос сложный, его удобнее обсудить по телефону',
      hint: 'Специалист позвонит по указанному телефону в течение {{sla.question.callbackOnRequest|genitive}}',
      required: false,
    },
    accountNumberField(false),
    {
      name: 'topic',
      kind: 'select',
      label: 'Тема вопроса',
      required: true,
      options: [
        { value: 'billing', label: 'Начисления и оплата' },
        { value: 'meter', label: 'Приборы учёта и показания' },
        { value: 'contract', label: 'Договор' },
        { value: 'supply', label: 'Отключения и качество электроснабжения' },
        { value: 'other', label: 'Другое' },
      ],
    },
    {
      name: 'text',
      kind: 'textarea',
      label: 'Ваш вопрос',
      hint: 'Не более 4000 символов',
      required: true,
      max: 4000,
    },
    ...consentFields,
  ],
};
