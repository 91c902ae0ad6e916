import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'yaml';
import { CompanySchema } from '../../content/schemas/company.ts';

const demo = parse(readFileSync(new URL('../../content/company.yaml', import.meta.url), 'utf8')) as Record<
  string,
  unknown
>;

function messagesFor(data: Record<string, unknown>): string[] {
  const result = CompanySchema.safeParse(data);
  if (result.success) assert.fail('expected the schema to reject this profile');
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

test('the demo company profile is valid and marks its invented values as samples', () => {
  const company = CompanySchema.parse(demo);
  assert.deepEqual([...company.sampleFields].sort(), [
    'bankAccounts',
    'email',
    'groupHotline',
    'inn',
    'kpp',
    'ogrn',
    'personalCabinet',
    'postalAddress',
    'social',
  ]);
});

test('an ИНН with a wrong checksum is rejected with a message naming the rule', () => {
  assert.deepEqual(messagesFor({ ...demo, inn: '7000000004' }), [
    'inn: ИНН должен состоять из 10 или 12 цифр с верной контрольной суммой, например 7000000003',
  ]);
});

test('an ОГРН with a wrong check digit is rejected', () => {
  assert.deepEqual(messagesFor({ ...demo, ogrn: '1007000000007' }), [
    'ogrn: ОГРН должен состоять из 13 цифр (ОГРНИП — из 15) с верной контрольной цифрой',
  ]);
});

test('a profile without a free 8-800 number is rejected', () => {
  assert.deepEqual(messagesFor({ ...demo, phones: [{ label: 'Для физических лиц', number: '(3822) 75-00-75' }] }), [
    'phones: Нужен бесплатный номер 8-800: по Томскому стандарту (п. 1.2) он обязателен',
  ]);
});

test('a postal address without the index, a bad phone and an unknown time zone are each named', () => {
  assert.deepEqual(
    messagesFor({
      ...demo,
      postalAddress: 'г. Томск, ул. Примерная',
      phones: [
        { label: 'Контакт-центр', number: '8-800-222-49-02' },
        { label: 'Факс', number: '12-34' },
      ],
      timeZone: 'Tomsk',
    }),
    [
      'postalAddress: Почтовый адрес начинается с индекса: «634000, г. Томск, …»',
      'phones.1.number: Укажите российский номер телефона с кодом, например 8-800-222-49-02 или (3822) 75-00-75',
      'timeZone: Укажите часовой пояс из базы IANA, например Asia/Tomsk',
    ],
  );
});

test('only known fields can be flagged as samples', () => {
  const messages = messagesFor({ ...demo, sampleFields: ['inn', 'fullName'] });
  assert.equal(messages.length, 1);
  assert.match(messages[0] ?? '', /^sampleFields\.1: /);
});
