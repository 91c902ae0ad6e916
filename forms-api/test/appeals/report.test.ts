/**
 * The marketing report on a hand-built set of appeals, on a real SQLite and PostgreSQL: counts by
 * type, topic, channel and month (months in the company time zone, Asia/Tomsk), the share answered
 * on time (extensions count, an open appeal past its deadline is late) and the median time to
 * answer; satisfaction with the answers by the month they were rated; the CSV export is exactly the
 * database's rows for the period, with each answer's rating.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { SITE_CHANNEL } from '../../src/appeals/report-rows.ts';
import { REPORT_CSV_HEADER } from '../../src/routes/api/staff/appeals-report.ts';
import { csvLine } from '../../../core/csv.ts';
import { onBothDatabases } from '../databases.ts';
import { buildTestApp } from '../helper.ts';
import { insertAppeal, type AppealRow } from '../support/appeal-rows.ts';

const NOW = new Date('2026-12-15T05:00:00Z');
const PERIOD = { from: '2026-10-01', to: '2026-12-15' };
const PASSWORD = 'correct horse battery';

/** Created and closed instants are UTC; the comments give the Tomsk (UTC+7) dates that count. */
const APPEALS: AppealRow[] = [
  // 05.10 → 07.10, due 08.10: in time, 2 days.
  {
    number: 'ВП-2026-000001',
    formType: 'question',
    topic: 'billing',
    createdAt: '2026-10-05T03:00:00Z',
    deadlines: { register: '2026-10-06', final: '2026-10-08' },
    status: 'answered',
    closedAt: '2026-10-07T05:00:00Z',
  },
  // 01.11 (31.10 in UTC) → 05.11 23:59, due 05.11: November, in time, 4 days.
  {
    number: 'ВП-2026-000002',
    formType: 'question',
    topic: 'meter',
    createdAt: '2026-10-31T18:00:00Z',
    deadlines: { register: '2026-11-02', final: '2026-11-05' },
    status: 'answered',
    closedAt: '2026-11-05T16:59:00Z',
  },
  // 02.11 → 10.12, due 02.12 extended to 20.12: in time, 38 days.
  {
    number: 'ЖП-2026-000003',
    formType: 'complaint',
    createdAt: '2026-11-02T03:00:00Z',
    deadlines: { register: '2026-11-03', interim: '2026-11-05', final: '2026-12-02' },
    extendedFinal: '2026-12-20',
    status: 'answered',
    closedAt: '2026-12-10T03:00:00Z',
  },
  // 03.11 → 11.11 00:30 (10.11 in UTC), due 10.11: late, 8 days.
  {
    number: 'ЖП-2026-000004',
    formType: 'complaint',
    createdAt: '2026-11-03T03:00:00Z',
    deadlines: { register: '2026-11-05', final: '2026-11-10' },
    status: 'answered',
    closedAt: '2026-11-10T17:30:00Z',
  },
  // 10.11 → refused 12.11, due 10.12: in time, 2 days.
  {
    number: 'ОБ-2026-000005',
    formType: 'appeal',
    createdAt: '2026-11-10T03:00:00Z',
    deadlines: { register: '2026-11-11', final: '2026-12-10' },
    status: 'refused',
    closedAt: '2026-11-12T03:00:00Z',
  },
  // Open, due 11.12, today 15.12: late.
  {
    number: 'ОБ-2026-000006',
    formType: 'appeal',
    createdAt: '2026-11-11T03:00:00Z',
    deadlines: { register: '2026-11-12', final: '2026-12-11' },
    status: 'in-progress',
  },
  // Open, due 31.12: not decided yet.
  {
    number: 'ОБ-2026-000007',
    formType: 'appeal',
    createdAt: '2026-12-01T03:00:00Z',
    deadlines: { register: '2026-12-02', final: '2026-12-31' },
  },
  // Never counted: held in quarantine, and one registered before the period.
  {
    number: 'ВП-2026-000008',
    formType: 'question',
    topic: 'other',
    createdAt: '2026-11-05T03:00:00Z',
    deadlines: { register: '2026-11-06', final: '2026-11-10' },
    status: 'quarantined',
  },
  {
    number: 'ВП-2026-000009',
    formType: 'question',
    topic: 'other',
    createdAt: '2026-09-30T16:59:00Z',
    deadlines: { register: '2026-10-01', final: '2026-10-03' },
    status: 'answered',
    closedAt: '2026-10-01T03:00:00Z',
  },
];

onBothDatabases('appeals report', (newDatabaseUrl) => {
  let app: FastifyInstance;
  let cookie: string;

  before(async () => {
    app = await buildTestApp({ DATABASE_URL: await newDatabaseUrl() }, { now: () => NOW });
    const ids = new Map<string, string>();
    for (const appeal of APPEALS) ids.set(appeal.number, await insertAppeal(app.database.db, appeal));
    // Ratings of two answers, both given in December in Tomsk (30.11 18:00 UTC is 01.12 there).
    await app.database.db
      .insertInto('answer_ratings')
      .values([
        { submission_id: ids.get('ВП-2026-000002') ?? '', score: 4, comment: null, rated_at: '2026-11-30T18:00:00Z' },
        {
          submission_id: ids.get('ЖП-2026-000003') ?? '',
          score: 2,
          comment: 'Долго',
          rated_at: '2026-12-11T03:00:00Z',
        },
      ])
      .execute();
    await app.staff.users.add({
      email: 'marketing@example.ru',
      name: 'Маркетинг',
      role: 'manager',
      password: PASSWORD,
    });
    const signedIn = await app.staff.signIn({ email: 'marketing@example.ru', password: PASSWORD, ip: '127.0.0.1' });
    assert.equal(signedIn.outcome, 'signed-in');
    cookie = `es_staff=${signedIn.token}`;
  });
  after(() => app.close());

  test('counts by type, topic, channel and month; share on time; median days to answer', async () => {
    const report = await app.appealReports.build(PERIOD, '2026-12-15');
    assert.equal(report.total, 7);
    assert.deepEqual(report.byType, [
      { label: 'Обращение', count: 3 },
      { label: 'Вопрос специалисту', count: 2 },
      { label: 'Жалоба или претензия', count: 2 },
    ]);
    assert.deepEqual(report.byTopic, [
      { label: 'Без темы', count: 5 },
      { label: 'Начисления и оплата', count: 1 },
      { label: 'Приборы учёта и показания', count: 1 },
    ]);
    assert.deepEqual(report.byChannel, [{ label: SITE_CHANNEL, count: 7 }]);
    assert.deepEqual(report.byMonth, [
      { month: '2026-10', label: 'октябрь 2026', registered: 1, closed: 1, closedOnTime: 1 },
      { month: '2026-11', label: 'ноябрь 2026', registered: 5, closed: 4, closedOnTime: 3 },
      { month: '2026-12', label: 'декабрь 2026', registered: 1, closed: 0, closedOnTime: 0 },
    ]);
    assert.deepEqual(report.satisfaction, [
      { month: '2026-10', label: 'октябрь 2026', ratings: 0, average: null, satisfiedShare: null },
      { month: '2026-11', label: 'ноябрь 2026', ratings: 0, average: null, satisfiedShare: null },
      { month: '2026-12', label: 'декабрь 2026', ratings: 2, average: 3, satisfiedShare: 0.5 },
    ]);
    assert.deepEqual(
      { decided: report.decided, onTime: report.onTime, closed: report.closed, medianDays: report.medianDays },
      { decided: 6, onTime: 4, closed: 5, medianDays: 4 },
    );
  });

  test('the CSV export is the database rows of the period, for Excel, and is logged', async () => {
    const response = await app.inject({
      url: `/api/staff/reports/appeals.csv?from=${PERIOD.from}&to=${PERIOD.to}`,
      headers: { cookie },
    });
    assert.equal(response.statusCode, 200);
    assert.match(response.headers['content-type'] ?? '', /^text\/csv; charset=utf-8/);
    assert.equal(response.headers['cache-control'], 'no-store');
    assert.ok(response.body.startsWith('\uFEFF'), 'BOM for Excel');
    const lines = response.body.slice(1).split('\r\n').slice(0, -1);
    assert.equal(lines[0], csvLine(REPORT_CSV_HEADER, ';').trimEnd());

    const rows = await app.database.db
      .selectFrom('submissions')
      .select('registration_number')
      .where('status', '!=', 'quarantined')
      .where('created_at', '>=', '2026-09-30T17:00:00.000Z')
      .where('created_at', '<', '2026-12-15T17:00:00.000Z')
      .orderBy('created_at')
      .execute();
    assert.deepEqual(
      lines.slice(1).map((line) => line.split(';')[0]),
      rows.map((row) => row.registration_number),
    );
    assert.deepEqual(lines.slice(1, 7), [
      'ВП-2026-000001;Вопрос специалисту;Начисления и оплата;Интернет-приёмная (форма на сайте);Дан ответ;2026-10-05;2026-10-08;2026-10-07;да;2;',
      'ВП-2026-000002;Вопрос специалисту;Приборы учёта и показания;Интернет-приёмная (форма на сайте);Дан ответ;2026-11-01;2026-11-05;2026-11-05;да;4;4',
      'ЖП-2026-000003;Жалоба или претензия;Без темы;Интернет-приёмная (форма на сайте);Дан ответ;2026-11-02;2026-12-20;2026-12-10;да;38;2',
      'ЖП-2026-000004;Жалоба или претензия;Без темы;Интернет-приёмная (форма на сайте);Дан ответ;2026-11-03;2026-11-10;2026-11-11;нет;8;',
      'ОБ-2026-000005;Обращение;Без темы;Интернет-приёмная (форма на сайте);Оставлено без ответа;2026-11-10;2026-12-10;2026-11-12;да;2;',
      'ОБ-2026-000006;Обращение;Без темы;Интернет-приёмная (форма на сайте);В работе;2026-11-11;2026-12-11;;нет;;',
    ]);
    const [entry] = await app.staff.audit.list({ action: 'report-exported' });
    assert.equal(entry?.actor_email, 'marketing@example.ru');
    assert.equal(entry.details, '2026-10-01 — 2026-12-15');
  });

  test('the monthly satisfaction CSV is the table of the page, «нет данных» for months without ratings', async () => {
    const response = await app.inject({
      url: `/api/staff/reports/satisfaction.csv?from=${PERIOD.from}&to=${PERIOD.to}`,
      headers: { cookie },
    });
    assert.equal(response.statusCode, 200);
    assert.match(response.headers['content-type'] ?? '', /^text\/csv; charset=utf-8/);
    assert.ok(response.body.startsWith('\uFEFF'), 'BOM for Excel');
    assert.deepEqual(response.body.slice(1).split('\r\n').slice(0, -1), [
      'Месяц;Оценок;Средняя оценка;Доля оценок 4 и 5, %',
      '2026-10;0;нет данных;нет данных',
      '2026-11;0;нет данных;нет данных',
      '2026-12;2;3;50',
    ]);
    const [entry] = await app.staff.audit.list({ action: 'report-exported' });
    assert.equal(entry?.details, `Удовлетворённость ответами: ${PERIOD.from} — ${PERIOD.to}`);
    assert.equal((await app.inject({ url: '/api/staff/reports/satisfaction.csv' })).statusCode, 401);
  });

  test('the export needs a session and names a bad date in Russian', async () => {
    assert.equal((await app.inject({ url: '/api/staff/reports/appeals.csv' })).statusCode, 401);
    const bad = await app.inject({
      url: '/api/staff/reports/appeals.csv?from=2026-12-01&to=2026-11-01',
      headers: { cookie },
    });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(bad.json(), {
      error: 'Некорректный запрос',
      message: 'Дата окончания должна быть не раньше даты начала',
      field: 'to',
    });
  });
});
