/**
 * Fields most forms share: who is writing (59-ФЗ ст. 7: фамилия, имя, отчество при наличии) and
 * where to send the answer — the channel the person chooses, with the matching contact required.
 */
import { EmailSchema, normalizePhone } from '../common.ts';
import type { FieldSpec } from './fields.ts';

const isEmail = (value: string) => EmailSchema.safeParse(value).success;

/**
 * A name as people write it: letters of any script, spaces, hyphens, apostrophes and dots
 * («Иванова-Петрова», «O'Brien», «Д'Артаньян»). Markup (`<script>`) or digits are refused.
 */
export const isPersonName = (value: string) => /^[\p{L}\p{M}][\p{L}\p{M} .'’-]*$/u.test(value);

export const personFields: FieldSpec[] = [
  {
    name: 'lastName',
    kind: 'text',
    label: 'Фамилия',
    required: true,
    max: 100,
    autocomplete: 'family-name',
    example: 'Иванова',
    check: isPersonName,
  },
  {
    name: 'firstName',
    kind: 'text',
    label: 'Имя',
    required: true,
    max: 100,
    autocomplete: 'given-name',
    example: 'Анна',
    check: isPersonName,
  },
  {
    name: 'middleName',
    kind: 'text',
    label: 'Отчество (если есть)',
    required: false,
    max: 100,
    autocomplete: 'additional-name',
    example: 'Петровна',
    check: isPersonName,
  },
];

export const replyFields: FieldSpec[] = [
  {
    name: 'replyChannel',
    kind: 'radios',
    label: 'Как вы хотите получить ответ?',
    required: true,
    options: [
      { value: 'email', label: 'По электронной почте' },
      { value: 'post', label: 'Письмом по почте' },
    ],
  },
  {
    name: 'email',
    kind: 'email',
    label: 'Адрес электронной почты',
    hint: 'Сюда придёт письмо с регистрационным номером и ответ, если вы выбрали ответ по электронной почте',
    required: { field: 'replyChannel', equals: 'email' },
    max: 254,
    autocomplete: 'email',
    example: 'anna.ivanova@example.ru',
    check: isEmail,
    normalize: (value) => value.toLowerCase(),
  },
  {
    name: 'postalAddress',
    kind: 'textarea',
    label: 'Почтовый адрес',
    hint: 'С индексом. Нужен, если вы выбрали ответ письмом',
    required: { field: 'replyChannel', equals: 'post' },
    max: 300,
    autocomplete: 'street-address',
  },
  phoneField(false),
];

export const consentFields: FieldSpec[] = [
  {
    name: 'consent',
    kind: 'checkbox',
    label: 'Я даю согласие на обработку моих персональных данных для рассмотрения этого обращения',
    required: true,
  },
  {
    name: 'marketingConsent',
    kind: 'checkbox',
    label: 'Я согласен получать новости и предложения компании (необязательно)',
    required: false,
  },
];

/** Phone, normalised to +7XXXXXXXXXX. */
export function phoneField(required: FieldSpec['required']): FieldSpec {
  return {
    name: 'phone',
    kind: 'tel',
    label: required === false ? 'Телефон (необязательно)' : 'Телефон',
    hint: 'Специалист позвонит, если понадобится уточнить детали',
    required,
    max: 30,
    autocomplete: 'tel',
    example: '8 (913) 123-45-67',
    check: (value) => normalizePhone(value) !== null,
    normalize: (value) => normalizePhone(value) ?? value,
  };
}

export function accountNumberField(required: FieldSpec['required']): FieldSpec {
  return {
    name: 'accountNumber',
    kind: 'text',
    label: required === false ? 'Номер лицевого счёта (если есть)' : 'Номер лицевого счёта',
    hint: 'Указан в квитанции, например 700123456',
    required,
    max: 12,
    autocomplete: 'off',
    inputmode: 'numeric',
    pattern: '^\\d{6,12}$',
    example: '700123456',
  };
}

/** Free text: a question, a demand, a description; `max` keeps answers readable and bodies small. */
export function textAreaField(
  name: string,
  label: string,
  options: { required: FieldSpec['required']; max?: number; hint?: string },
): FieldSpec {
  const max = options.max ?? 4000;
  return {
    name,
    kind: 'textarea',
    label,
    hint: options.hint ?? `Не более ${max} символов`,
    required: options.required,
    max,
  };
}

/** Address of the premises or meter (адрес энергопринимающего устройства). */
export function objectAddressField(required: FieldSpec['required']): FieldSpec {
  return {
    name: 'objectAddress',
    kind: 'text',
    label: required === false ? 'Адрес объекта (если вопрос о нём)' : 'Адрес объекта',
    hint: 'Где установлен счётчик, например г. Томск, ул. Ленина, д. 1, кв. 1',
    required,
    max: 300,
  };
}

export function contractNumberField(required: FieldSpec['required']): FieldSpec {
  return {
    name: 'contractNumber',
    kind: 'text',
    label: required === false ? 'Номер договора или лицевого счёта (если есть)' : 'Номер договора или лицевого счёта',
    required,
    max: 40,
  };
}
