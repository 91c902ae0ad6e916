import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isValidInn, isValidOgrn, normalizePhone } from '../../content/schemas/common.ts';

// Table-driven, like forms-runner's phone_number_spec: real published numbers and near misses.
const inns: Array<[string, boolean, string]> = [
  ['7707083893', true, 'organisation, valid checksum'],
  ['7000000003', true, 'the sample value used in content/company.yaml'],
  ['7707083894', false, 'organisation, last digit changed'],
  ['500100732259', true, 'person, both check digits valid'],
  ['500100732258', false, 'person, second check digit wrong'],
  ['770708389', false, 'nine digits'],
  ['77070838931', false, 'eleven digits'],
  ['77O7083893', false, 'letter O instead of zero'],
  ['', false, 'empty'],
];
for (const [value, valid, why] of inns) {
  test(`ИНН ${value || '(empty)'}: ${valid ? 'accepted' : 'rejected'} — ${why}`, () => {
    assert.equal(isValidInn(value), valid);
  });
}

const ogrns: Array<[string, boolean, string]> = [
  ['1027700132195', true, 'organisation, valid'],
  ['1027700132196', false, 'organisation, check digit wrong'],
  ['304500116000157', true, 'sole trader (ОГРНИП), valid'],
  ['304500116000158', false, 'sole trader, check digit wrong'],
  ['102770013219', false, 'twelve digits'],
];
for (const [value, valid, why] of ogrns) {
  test(`ОГРН ${value}: ${valid ? 'accepted' : 'rejected'} — ${why}`, () => {
    assert.equal(isValidOgrn(value), valid);
  });
}

const phones: Array<[string, string | null]> = [
  ['8-800-222-49-02', '+78002224902'],
  ['(3822) 75-00-75', '+73822750075'],
  ['+7 (3822) 400-100', '+73822400100'],
  ['8 913 000 00 00', '+79130000000'],
  ['75-00-75', null],
  ['+1 202 555 0100', null],
  ['8-800-ДОБРО', null],
];
for (const [value, normalised] of phones) {
  test(`phone «${value}» → ${normalised ?? 'rejected'}`, () => {
    assert.equal(normalizePhone(value), normalised);
  });
}
