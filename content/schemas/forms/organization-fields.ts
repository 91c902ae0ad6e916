/**
 * Who applies: a person or an organisation. For an organisation the name, ИНН and ОГРН (with
 * their checksums, from ../common.ts) and the authorised representative are required.
 */
import { isValidInn, isValidOgrn } from '../common.ts';
import type { FieldSpec } from './fields.ts';

const COMPANY = { field: 'applicantType', equals: 'company' } as const;

export const applicantTypeField: FieldSpec = {
  name: 'applicantType',
  kind: 'radios',
  label: 'Кто обращается',
  required: true,
  options: [
    { value: 'person', label: 'Физическое лицо' },
    { value: 'company', label: 'Организация или индивидуальный предприниматель' },
  ],
};

export const organizationFields: FieldSpec[] = [
  {
    name: 'organizationName',
    kind: 'text',
    label: 'Наименование организации',
    hint: 'Только для организаций и ИП, например ООО «Ромашка»',
    required: COMPANY,
    max: 300,
    autocomplete: 'organization',
  },
  {
    name: 'inn',
    kind: 'text',
    label: 'ИНН',
    hint: '10 цифр для организации, 12 — для ИП',
    required: COMPANY,
    max: 12,
    inputmode: 'numeric',
    example: '7000000003',
    check: isValidInn,
  },
  {
    name: 'ogrn',
    kind: 'text',
    label: 'ОГРН или ОГРНИП',
    hint: '13 цифр для организации, 15 — для ИП',
    required: COMPANY,
    max: 15,
    inputmode: 'numeric',
    example: '1027000000004',
    check: isValidOgrn,
  },
];

/** Identity document of a person (серия и номер), required where the rules ask for it (ПП № 55, договор). */
export const identityDocumentField: FieldSpec = {
  name: 'identityDocument',
  kind: 'text',
  label: 'Серия и номер паспорта или другого документа, удостоверяющего личность',
  hint: 'Для физических лиц, например 6900 123456',
  required: { field: 'applicantType', equals: 'person' },
  max: 40,
};
