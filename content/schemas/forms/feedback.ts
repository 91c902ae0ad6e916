/**
 * T10 «Отзыв или предложение»: only the text is required. Contacts are optional; whoever leaves
 * them must consent to their processing.
 */
import type { FormDefinition } from './definition.ts';
import { consentFields, isPersonName, replyFields, textAreaField } from './person-fields.ts';

const CONTACTS_GIVEN = { field: 'email', filled: true } as const;

export const feedbackForm: FormDefinition = {
  type: 'feedback',
  prefix: 'ОТ',
  title: 'Отзыв или предложение',
  pagePath: '/internet-priemnaya/otzyv/',
  description: 'Оцените нашу работу, оставьте отзыв или предложение — можно анонимно.',
  searchPhrases: [
    'оставить отзыв',
    'предложение по работе компании',
    'поблагодарить сотрудника',
    'оценить обслуживание',
  ],
  appealKind: 'feedback',
  nextSteps:
    'Отзыв прочитает руководитель направления. Если вы оставите адрес электронной почты, придёт письмо с регистрационным номером, а при необходимости — ответ в течение {{sla.feedback.final|genitive}}.',
  fields: [
    {
      name: 'rating',
      kind: 'radios',
      label: 'Как вы оцениваете наше обслуживание? (необязательно)',
      required: false,
      options: [
        { value: '5', label: 'Отлично' },
        { value: '4', label: 'Хорошо' },
        { value: '3', label: 'Удовлетворительно' },
        { value: '2', label: 'Плохо' },
        { value: '1', label: 'Очень плохо' },
      ],
    },
    textAreaField('text', 'Ваш отзыв или предложение', { required: true, max: 4000 }),
    {
      name: 'firstName',
      kind: 'text',
      label: 'Как к вам обращаться (необязательно)',
      required: false,
      max: 100,
      autocomplete: 'given-name',
      example: 'Анна',
      check: isPersonName,
    },
    ...replyFields
      .filter((spec) => spec.name === 'email')
      .map((spec) => ({
        ...spec,
        label: 'Адрес электронной почты (необязательно)',
        hint: 'Если хотите получить ответ',
        required: false,
      })),
    ...consentFields.map((spec) =>
      spec.name === 'consent'
        ? { ...spec, label: `${spec.label} (нужно, только если вы оставили контакты)`, required: CONTACTS_GIVEN }
        : spec,
    ),
  ],
};
