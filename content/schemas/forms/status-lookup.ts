/**
 * The status page's form (Интернет-приёмная → «Узнать статус обращения»): the registration number
 * and the e-mail or phone given in the appeal. Rendered by site/pages/internet-priemnaya/status.astro,
 * validated by forms-api/src/appeals/status-lookup.ts.
 */
import { EmailSchema, normalizePhone } from '../common.ts';
import type { FieldSpec } from './fields.ts';

/** Latin letters that look like the Cyrillic ones of registration-number prefixes, typed by mistake. */
const LOOK_ALIKES: Record<string, string> = {
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  H: 'Н',
  K: 'К',
  M: 'М',
  O: 'О',
  P: 'Р',
  T: 'Т',
  X: 'Х',
  Y: 'У',
};

/** «вп 2026 000123», «ВП–2026–000123» or «BП-2026-000123» → «ВП-2026-000123». */
export function normalizeRegistrationNumber(value: string): string {
  return value
    .trim()
    .toUpperCase()
    .replace(/[A-Z]/g, (letter) => LOOK_ALIKES[letter] ?? letter)
    .replace(/[\s\u2010-\u2015\u2212_]+/g, '-');
}

/** Where the status page lives; the receipt, the acknowledgement and the navigation link to it. */
export const STATUS_PAGE_PATH = '/internet-priemnaya/status/';

const REGISTRATION_NUMBER = /^[А-ЯЁ]{2,4}-\d{4}-\d{6,}$/;

/** An e-mail (compared case-insensitively) or a Russian phone (compared as +7XXXXXXXXXX). */
export function normalizeContact(value: string): string | null {
  const trimmed = value.trim();
  if (trimmed.includes('@')) return EmailSchema.safeParse(trimmed).success ? trimmed.toLowerCase() : null;
  return normalizePhone(trimmed);
}

export const statusLookupFields: FieldSpec[] = [
  {
    name: 'registrationNumber',
    kind: 'text',
    label: 'Регистрационный номер',
    hint: 'Указан в письме о регистрации и на квитанции, например ВП-2026-000123',
    required: true,
    max: 30,
    autocomplete: 'off',
    check: (value) => REGISTRATION_NUMBER.test(normalizeRegistrationNumber(value)),
    normalize: normalizeRegistrationNumber,
  },
  {
    name: 'contact',
    kind: 'text',
    label: 'Электронная почта или телефон',
    hint: 'Те, что вы указали в обращении',
    required: true,
    max: 254,
    autocomplete: 'email',
    check: (value) => normalizeContact(value) !== null,
    normalize: (value) => normalizeContact(value) ?? value,
  },
];
