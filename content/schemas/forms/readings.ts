/**
 * T6 «Передача показаний» without registration: лицевой счёт, the name as a light check, and one
 * reading per tariff zone of the meter.
 */
import type { FormDefinition } from './definition.ts';
import type { FieldSpec } from './fields.ts';
import { accountNumberField, consentFields, isPersonName, objectAddressField, replyFields } from './person-fields.ts';

function readingField(name: string, label: string, required: FieldSpec['required']): FieldSpec {
  return {
    name,
    kind: 'text',
    label,
    hint: 'Цифры до запятой, например 012345',
    required,
    max: 9,
    autocomplete: 'off',
    inputmode: 'decimal',
    pattern: '^\\d{1,7}([.,]\\d)?$',
    example: '012345',
  };
}

export const readingsForm: FormDefinition = {
  type: 'readings',
  prefix: 'ПК',
  title: 'Передача показаний счётчика',
  pagePath: '/internet-priemnaya/peredat-pokazaniya/',
  description: 'Передайте показания счётчика без регистрации в личном кабинете.',
  searchPhrases: [
    'передать показания без регистрации',
    'передать показания онлайн',
    'отправить показания счётчика',
    'ввести показания',
  ],
  appealKind: 'readings',
  nextSteps:
    'Показания будут учтены в ближайшем расчёте, если переданы {{readings.window}}. Если вы укажете электронную почту, придёт письмо с регистрационным номером.',
  fields: [
    accountNumberField(true),
    {
      name: 'lastName',
      kind: 'text',
      label: 'Фамилия владельца счёта',
      required: true,
      max: 100,
      autocomplete: 'family-name',
      example: 'Иванова',
      check: isPersonName,
    },
    objectAddressField(true),
    {
      name: 'meterZones',
      kind: 'radios',
      label: 'Сколько тарифных зон у счётчика',
      required: true,
      options: [
        { value: 'one', label: 'Одна (однотарифный)' },
        { value: 'two', label: 'Две: день и ночь' },
        { value: 'three', label: 'Три: пик, полупик и ночь' },
      ],
    },
    readingField('readingDay', 'Показание (день, полупик или единственная зона)', true),
    readingField('readingNight', 'Показание (ночь)', { field: 'meterZones', equals: ['two', 'three'] }),
    readingField('readingPeak', 'Показание (пик)', { field: 'meterZones', equals: 'three' }),
    ...replyFields
      .filter((spec) => spec.name === 'email')
      .map((spec) => ({
        ...spec,
        label: 'Адрес электронной почты (необязательно)',
        hint: 'Для письма с подтверждением',
        required: false,
      })),
    ...consentFields,
  ],
};
