/** Offices, channels, documents, outages and news: the real content is valid, and each rule rejects bad content with its message. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { z } from 'zod';
import { BankAccountSchema } from '../../content/schemas/common.ts';
import { DocumentSchema } from '../../content/schemas/document.ts';
import { NewsSchema } from '../../content/schemas/news.ts';
import { OfficeSchema, OfficesFileSchema } from '../../content/schemas/office.ts';
import { PowerOutageSchema } from '../../content/schemas/power-outage.ts';
import { RemoteChannelSchema } from '../../content/schemas/remote-channel.ts';
import { SlaSchema } from '../../content/schemas/sla.ts';
import { WRAPPED_FILES } from '../../content/registry.ts';
import { parse } from 'yaml';

const read = (path: string): unknown => parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));

function messagesFor(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data);
  if (result.success) assert.fail('expected the schema to reject this entry');
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

test('every wrapped content file of the site is valid and marks invented offices as samples', () => {
  for (const file of Object.values(WRAPPED_FILES)) assert.ok(file.schema.safeParse(read(file.path)).success, file.path);
  const { offices } = OfficesFileSchema.parse(read(WRAPPED_FILES.offices.path));
  assert.ok(offices.length > 0 && offices.every((office) => office.sample));
  assert.ok(offices.some((office) => office.serviceCenter && office.noCommissionPayment));
});

const [office] = OfficesFileSchema.parse(read(WRAPPED_FILES.offices.path)).offices;

test('a repeated id in a wrapped file is rejected with the list named', () => {
  assert.deepEqual(messagesFor(OfficesFileSchema, { offices: [office, office] }), [
    'offices: Идентификаторы офисов повторяются',
  ]);
});

test('an office without categories, services, a real phone or accessibility notes is rejected', () => {
  assert.deepEqual(
    messagesFor(OfficeSchema, { ...office, categories: [], services: [], phone: '12-34', accessibility: '' }),
    [
      'categories: Укажите, какие категории клиентов обслуживает офис',
      'services: Перечислите услуги офиса',
      'phone: Укажите российский номер телефона с кодом, например 8-800-222-49-02 или (3822) 75-00-75',
      'accessibility: Опишите доступность офиса для людей с инвалидностью',
    ],
  );
  assert.deepEqual(messagesFor(OfficeSchema, { ...office, id: 'Офис 1', categories: ['students'] }), [
    'id: Идентификатор — латиница в нижнем регистре и дефисы, например cok-lenina',
    'categories.0: Категория клиентов: individuals, businesses, utilities или equated',
  ]);
});

test('a remote channel needs its hours as a timetable or «24/7»', () => {
  const channel = {
    id: 'kontakt-centr',
    name: 'Контакт-центр',
    kind: 'phone',
    purpose: 'Вопросы о расчётах и начислениях.',
    contact: '8-800-222-49-02',
  };
  assert.equal(RemoteChannelSchema.parse({ ...channel, hours: '24/7' }).hours, '24/7');
  assert.deepEqual(messagesFor(RemoteChannelSchema, { ...channel, hours: 'всегда' }), [
    'hours: Укажите режим работы: расписание по дням или «24/7»',
  ]);
});

const doc = {
  id: 'dogovor-grazhdane',
  title: 'Форма договора',
  kind: 'contract-form',
  category: 'individuals',
  date: '2026-11-01',
  file: '/files/dogovor-grazhdane.pdf',
  description: 'Публичный договор энергоснабжения жилого помещения для граждан.',
};

test('a document needs a file in /files/ of a known format, a description and, for a contract form, a category', () => {
  assert.equal(DocumentSchema.parse(doc).sample, false);
  assert.deepEqual(messagesFor(DocumentSchema, { ...doc, file: '/files/Договор.exe', description: 'Договор' }), [
    'file: Укажите путь к файлу в папке /files/ латиницей, с расширением, например /files/tarify/prikaz-2026.pdf',
    'description: Опишите документ в одном-двух предложениях (от 30 знаков)',
  ]);
  const withoutCategory: Partial<typeof doc> = { ...doc };
  delete withoutCategory.category;
  assert.deepEqual(messagesFor(DocumentSchema, withoutCategory), [
    'category: У формы договора укажите категорию клиентов (category)',
  ]);
  assert.deepEqual(messagesFor(DocumentSchema, { ...doc, period: '2025-13' }), [
    'period: Период — год ГГГГ или месяц ГГГГ-ММ',
  ]);
});

test('an outage must end after it starts and carry its time zone', () => {
  const outage = {
    id: 'o-1',
    kind: 'planned',
    places: [{ locality: 'г. Томск', streets: [{ street: 'ул. Примерная', houses: 'д. 1' }] }],
    reason: 'Плановый ремонт',
  };
  assert.deepEqual(
    messagesFor(PowerOutageSchema, {
      ...outage,
      start: '2026-12-01T17:00:00+07:00',
      expectedEnd: '2026-12-01T09:00:00+07:00',
    }),
    ['expectedEnd: Ожидаемое окончание должно быть позже начала'],
  );
  assert.deepEqual(
    messagesFor(PowerOutageSchema, { ...outage, start: '2026-12-01 09:00', expectedEnd: '2026-12-01T17:00:00+07:00' }),
    ['start: Дата и время с часовым поясом, например 2026-12-01T09:00:00+07:00'],
  );
  assert.deepEqual(
    messagesFor(PowerOutageSchema, {
      ...outage,
      places: [],
      start: '2026-12-01T09:00:00+07:00',
      expectedEnd: '2026-12-01T17:00:00+07:00',
      actualEnd: '2026-12-01T08:00:00+07:00',
    }),
    ['places: Укажите хотя бы один населённый пункт', 'actualEnd: Фактическое окончание должно быть позже начала'],
  );
});

test('news needs a publication moment with its time zone', () => {
  assert.deepEqual(
    messagesFor(NewsSchema, {
      title: 'Новость',
      description: 'Краткий пересказ новости дня.',
      publishedAt: '20.11.2026',
    }),
    ['publishedAt: Дата публикации с часовым поясом, например 2026-11-20T10:00:00+07:00'],
  );
});

test('bank details: a settlement account must match the БИК by the control key', () => {
  const details = {
    bank: 'Банк',
    bik: '046900000',
    account: '40702810600000000000',
    correspondentAccount: '30101810800000000000',
  };
  assert.equal(BankAccountSchema.parse(details).account, '40702810600000000000');
  for (const account of ['40702810500000000000', '4070281060000000000', '4070281060000000000a']) {
    assert.deepEqual(messagesFor(BankAccountSchema, { ...details, account }), [
      'account: Расчётный счёт — 20 цифр с верным контрольным ключом для указанного БИК',
    ]);
  }
  assert.deepEqual(messagesFor(BankAccountSchema, { ...details, bik: '123' }), [
    'bik: БИК — 9 цифр, начинается с 04, например 046902606',
    'account: Расчётный счёт — 20 цифр с верным контрольным ключом для указанного БИК',
  ]);
});

test('the readings window must take readings at least from the 23rd to the 25th (ПП № 354)', () => {
  const sla = read('content/sla.yaml') as { readingsWindow: { firstDay: number; lastDay: number } };
  assert.ok(SlaSchema.safeParse(sla).success);
  for (const readingsWindow of [
    { firstDay: 24, lastDay: 25 },
    { firstDay: 15, lastDay: 24 },
  ]) {
    assert.deepEqual(messagesFor(SlaSchema, { ...sla, readingsWindow }), [
      'readingsWindow: Приём показаний должен охватывать дни с 23-го по 25-е число (ПП № 354, п. 31 «е1»)',
    ]);
  }
});
