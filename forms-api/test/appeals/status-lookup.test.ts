/**
 * The customer's status lookup on a real SQLite and PostgreSQL: the right pair shows the status and
 * (e-mail reply) the answer; a wrong contact, an unknown number and a held submission are answered
 * identically; tries are limited per address and per number.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Kysely } from 'kysely';
import { createStatusLookup, type StatusLookup } from '../../src/appeals/status-lookup.ts';
import { loadRefusalGrounds } from '../../src/appeals/load-sla.ts';
import { openDatabase } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import type { DatabaseSchema } from '../../src/db/schema.ts';
import { onBothDatabases } from '../databases.ts';
import { insertAppeal, insertEvent } from '../support/appeal-rows.ts';
import { STATUS_LOOKUP_LIMITS } from '../../../core/appeals/status-lookup.ts';

const DEADLINES = { register: '2026-11-24', interim: '2026-11-25', final: '2026-12-23' };

onBothDatabases('status lookup', (newDatabaseUrl) => {
  let db: Kysely<DatabaseSchema>;
  let clock = new Date('2026-12-01T05:00:00Z');
  let status: StatusLookup;
  let ipCounter = 0;
  // A fresh address per lookup unless a test is about the address limit.
  const ask = (registrationNumber: string, contact: string, ip = `10.0.0.${(ipCounter += 1)}`) =>
    status.lookup({ body: { registrationNumber, contact }, ip });

  before(async () => {
    ({ db } = openDatabase(await newDatabaseUrl()));
    await migrateToLatest(db);
    status = createStatusLookup(db, { refusalGrounds: loadRefusalGrounds(), now: () => clock });

    const answered = await insertAppeal(db, {
      number: 'ЖП-2026-000001',
      formType: 'complaint',
      createdAt: '2026-11-23T03:00:00Z',
      deadlines: DEADLINES,
      status: 'answered',
      closedAt: '2026-11-30T08:00:00Z',
      payload: { lastName: 'Иванова', replyChannel: 'email', email: 'ivanova@example.ru', phone: '+79131234567' },
    });
    await insertEvent(db, answered, { kind: 'assigned', at: '2026-11-23T04:00:00Z', details: { assigneeId: 1 } });
    await insertEvent(db, answered, {
      kind: 'interim-answer',
      at: '2026-11-24T04:00:00Z',
      body: 'Проверяем начисления.',
    });
    await insertEvent(db, answered, { kind: 'final-answer', at: '2026-11-30T08:00:00Z', body: 'Перерасчёт выполнен.' });

    const refused = await insertAppeal(db, {
      number: 'ОБ-2026-000002',
      formType: 'appeal',
      createdAt: '2026-11-23T03:00:00Z',
      deadlines: DEADLINES,
      status: 'refused',
      closedAt: '2026-11-26T08:00:00Z',
      payload: { lastName: 'Петров', replyChannel: 'post', postalAddress: 'г. Томск', phone: '+73822750075' },
    });
    await insertEvent(db, refused, {
      kind: 'refusal',
      at: '2026-11-26T08:00:00Z',
      body: 'Текст не поддаётся прочтению.',
      details: { ground: 'unreadable' },
    });

    const extended = await insertAppeal(db, {
      number: 'ОБ-2026-000003',
      formType: 'appeal',
      createdAt: '2026-11-23T03:00:00Z',
      deadlines: DEADLINES,
      status: 'in-progress',
      extendedFinal: '2027-01-22',
      payload: { lastName: 'Сидорова', replyChannel: 'email', email: 'sidorova@example.ru' },
    });
    await insertEvent(db, extended, {
      kind: 'expected-date-notice',
      at: '2026-11-23T12:00:00Z',
      details: { expected: '2026-12-10' },
    });
    await insertEvent(db, extended, {
      kind: 'extension',
      at: '2026-12-20T04:00:00Z',
      body: 'Запрошены документы у сетевой организации.',
      details: { from: '2026-12-23', to: '2027-01-22' },
    });

    await insertAppeal(db, {
      number: 'ВП-2026-000004',
      createdAt: '2026-11-23T03:00:00Z',
      deadlines: DEADLINES,
      status: 'quarantined',
      payload: { lastName: 'Бот', replyChannel: 'email', email: 'held@example.ru' },
    });
  });
  after(() => db.destroy());

  test('the right number and e-mail show the status, the dates and the answers sent by e-mail', async () => {
    const result = await ask(' жп-2026-000001 ', 'Ivanova@Example.RU');
    assert.equal(result.outcome, 'found');
    assert.deepEqual(result.appeal, {
      registrationNumber: 'ЖП-2026-000001',
      status: 'answered',
      statusName: 'Дан ответ',
      registeredAt: '2026-11-23T03:00:00Z',
      deadlines: [
        ['Промежуточный ответ — не позднее', '2026-11-25'],
        ['Ответ — не позднее', '2026-12-23'],
      ],
      expectedDate: null,
      refusalReason: null,
      replyChannel: 'email',
      answers: [
        { kind: 'interim-answer', at: '2026-11-24T04:00:00Z', body: 'Проверяем начисления.' },
        { kind: 'final-answer', at: '2026-11-30T08:00:00Z', body: 'Перерасчёт выполнен.' },
      ],
    });
  });

  test('the phone is compared normalised: any way of writing the same number matches', async () => {
    for (const phone of ['8 913 123-45-67', '+7 (913) 123 45 67', '9131234567']) {
      assert.equal((await ask('ЖП-2026-000001', phone)).outcome, 'found', phone);
    }
  });

  test('a reply by post shows the refusal reason but never the text', async () => {
    const result = await ask('ОБ-2026-000002', '(3822) 75-00-75');
    assert.equal(result.outcome, 'found');
    assert.equal(result.appeal.statusName, 'Оставлено без ответа');
    assert.equal(result.appeal.refusalReason, 'Текст не поддаётся прочтению');
    assert.deepEqual(result.appeal.answers, []);
    assert.equal(result.appeal.replyChannel, 'post');
  });

  test('an open appeal shows the extended final deadline and the expected date it was told', async () => {
    const result = await ask('ОБ-2026-000003', 'sidorova@example.ru');
    assert.equal(result.outcome, 'found');
    assert.equal(result.appeal.statusName, 'В работе');
    assert.deepEqual(result.appeal.deadlines.at(-1), ['Ответ — не позднее', '2027-01-22']);
    assert.equal(result.appeal.expectedDate, '2026-12-10');
    // The extension's reason is staff's record, not an answer.
    assert.deepEqual(result.appeal.answers, []);
  });

  test('a wrong contact, an unknown number and a held submission get the same answer', async () => {
    const answers = [
      await ask('ЖП-2026-000001', 'someone@example.ru'),
      await ask('ЖП-2026-000001', '8 913 000-00-00'),
      await ask('ЖП-2026-999999', 'ivanova@example.ru'),
      await ask('ВП-2026-000004', 'held@example.ru'),
      // A contact given in another appeal does not open this one.
      await ask('ЖП-2026-000001', 'sidorova@example.ru'),
    ];
    for (const answer of answers) assert.deepEqual(answer, { outcome: 'not-found' });
  });

  test('bad input names the field and costs no try', async () => {
    const result = await status.lookup({ body: { registrationNumber: '12345', contact: '' }, ip: '10.9.9.9' });
    assert.deepEqual(result, {
      outcome: 'invalid',
      errors: [
        {
          field: 'registrationNumber',
          message: 'Введите регистрационный номер так, как он указан в письме о регистрации, например ВП-2026-000123',
        },
        { field: 'contact', message: 'Введите адрес электронной почты или телефон, которые вы указали в обращении' },
      ],
    });
    const tries = await db.selectFrom('status_lookup_attempts').select('id').where('ip', '=', '10.9.9.9').execute();
    assert.equal(tries.length, 0);
  });

  test('failed tries on a number from other addresses never lock out its owner with the right contact', async () => {
    // Numbers are sequential: anyone can guess at someone else's; the owner still gets through.
    for (let i = 0; i < STATUS_LOOKUP_LIMITS.perNumber * 3; i += 1) await ask('ОБ-2026-000003', `guess${i}@example.ru`);
    assert.equal((await ask('ОБ-2026-000003', 'sidorova@example.ru')).outcome, 'found');
  });

  test('one address guessing at one number is stopped, right contact or not, until the window passes', async () => {
    for (let i = 0; i < STATUS_LOOKUP_LIMITS.perNumber; i += 1)
      await ask('ОБ-2026-000003', `guess${i}@example.ru`, '10.6.6.6');
    // The right contact gets the same answer, so a guesser learns nothing past the limit.
    assert.deepEqual(await ask('ОБ-2026-000003', 'sidorova@example.ru', '10.6.6.6'), { outcome: 'throttled' });
    // Unknown numbers are stopped alike, so the stop tells nothing about which numbers exist.
    for (let i = 0; i < STATUS_LOOKUP_LIMITS.perNumber; i += 1)
      await ask('ОБ-2026-777777', `guess${i}@example.ru`, '10.6.6.5');
    assert.deepEqual(await ask('ОБ-2026-777777', 'x@example.ru', '10.6.6.5'), { outcome: 'throttled' });
    clock = new Date(clock.getTime() + (STATUS_LOOKUP_LIMITS.windowMinutes + 1) * 60_000);
    assert.equal((await ask('ОБ-2026-000003', 'sidorova@example.ru', '10.6.6.6')).outcome, 'found');
  });

  test('one address may fail on only so many numbers in a window', async () => {
    for (let i = 0; i < STATUS_LOOKUP_LIMITS.perAddress; i += 1) {
      await ask(`ВП-2026-${String(500 + i).padStart(6, '0')}`, 'a@example.ru', '10.7.7.7');
    }
    assert.deepEqual(await ask('ЖП-2026-000001', 'ivanova@example.ru', '10.7.7.7'), { outcome: 'throttled' });
    assert.equal((await ask('ЖП-2026-000001', 'ivanova@example.ru', '10.7.7.8')).outcome, 'found');
  });

  test('successful lookups do not count: an honest person may check as often as they like', async () => {
    for (let i = 0; i < STATUS_LOOKUP_LIMITS.perAddress * 2; i += 1)
      assert.equal((await ask('ЖП-2026-000001', 'ivanova@example.ru', '10.8.8.8')).outcome, 'found');
  });

  test('retention drops tries older than the window', async () => {
    const total = (await db.selectFrom('status_lookup_attempts').select('id').execute()).length;
    const deleted = await status.deleteAttemptsBefore(new Date(clock.getTime() + 60_000));
    assert.equal(deleted, total);
  });
});
