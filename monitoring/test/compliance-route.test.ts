import assert from 'node:assert/strict';
import { test } from 'node:test';
import { build } from '../../forms-api/test/helper.ts';
import { AUTH, SECRET, fixture } from './fixtures.ts';
import { recordCoverage } from '../src/coverage-ledger.ts';

/** The CSV's lines without the BOM. */
const csvLines = (body: string) => body.replace('\uFEFF', '').trim().split('\r\n');

test('the monthly report comes as JSON and CSV with the same numbers, in local time', async (t) => {
  const app = await build(t, { UPTIME_KUMA_WEBHOOK_SECRET: SECRET });
  // An UP whose DOWN was lost: 09:00–10:00 in Tomsk on 10 November, all of it daytime.
  const up = fixture('webhook-up.json') as { heartbeat: Record<string, unknown> };
  up.heartbeat['time'] = '2026-11-10 03:00:00.000';
  up.heartbeat['lastDownTime'] = '2026-11-10 02:00:00.000';
  const posted = await app.inject({ method: 'POST', url: '/api/monitoring/uptime-kuma', headers: AUTH, payload: up });
  assert.equal(posted.statusCode, 202);
  await app.monitoring.inbox.drain();

  const json = await app.inject({ method: 'GET', url: '/api/monitoring/compliance/2026-11.json' });
  assert.equal(json.statusCode, 200);
  const report = json.json<{
    daytimeBreaks: number;
    daytimeSeconds: number;
    noticesLate: number;
    verdict: string;
  }>();
  // Replayed long after the fact, the notice is late: the report must say so, monitored or not.
  assert.deepEqual(
    [report.daytimeBreaks, report.daytimeSeconds, report.noticesLate, report.verdict],
    [1, 3600, 1, 'breach'],
  );

  const csv = await app.inject({ method: 'GET', url: '/api/monitoring/compliance/2026-11.csv' });
  assert.equal(csv.headers['content-type'], 'text/csv; charset=utf-8');
  const lines = csvLines(csv.body);
  assert.equal(lines[5], 'Итог;В этом месяце требования стандарта нарушены.');
  const [header, row, ...rest] = lines.slice(lines.indexOf('') + 1);
  assert.match(header ?? '', /^Номер;Доступ прекращён;Доступ возобновлён;/);
  assert.match(row ?? '', /^\d+;2026-11-10T09:00:00\+07:00;2026-11-10T10:00:00\+07:00;60;60;2026-11-10: 60;нет;.*;да$/);
  assert.deepEqual(rest, []);

  const october = await app.inject({ method: 'GET', url: '/api/monitoring/compliance/2026-10.json' });
  assert.equal(october.json<{ outages: unknown[] }>().outages.length, 0);
  const wrong = await app.inject({ method: 'GET', url: '/api/monitoring/compliance/2026-13.json' });
  assert.equal(wrong.statusCode, 404);
  assert.match(wrong.json<{ message: string }>().message, /2026-11\.json/);
});

test('without monitoring data a month says «нет данных» and why, in JSON, CSV and on the page alike', async (t) => {
  const app = await build(t, { UPTIME_KUMA_WEBHOOK_SECRET: SECRET }, { now: () => new Date('2026-12-04T11:00:00Z') });
  // Uptime Kuma probed from 15 November 10:00 (Tomsk) on; nothing before.
  await recordCoverage(app.database.db, [
    { startedAt: '2026-11-15T03:00:00.000Z', endedAt: '2026-12-04T10:45:00.000Z' },
  ]);
  const get = async (month: string) =>
    (await app.inject({ method: 'GET', url: `/api/monitoring/compliance/${month}.json` })).json<{
      verdict: string;
      noDataReason: string | null;
      covered: { startedAt: string; endedAt: string } | null;
      gaps: { startedAt: string; endedAt: string }[];
    }>();

  assert.deepEqual(
    [await get('2020-01'), await get('2027-06')].map((report) => [report.verdict, report.noDataReason]),
    [
      ['no-data', 'not-monitored'],
      ['no-data', 'future'],
    ],
  );
  const november = await get('2026-11');
  assert.deepEqual([november.verdict, november.noDataReason], ['no-data', 'gaps']);
  assert.deepEqual(november.gaps, [{ startedAt: '2026-10-31T17:00:00.000Z', endedAt: '2026-11-15T03:00:00.000Z' }]);
  const december = await get('2026-12');
  assert.deepEqual([december.verdict, december.covered?.endedAt], ['compliant', '2026-12-04T10:45:00.000Z']);

  const csv = csvLines((await app.inject({ method: 'GET', url: '/api/monitoring/compliance/2026-11.csv' })).body);
  assert.deepEqual(csv.slice(0, 6), [
    'Месяц;2026-11',
    'Данные мониторинга за месяц;с 1 ноября 2026 г. в 00:00 по 1 декабря 2026 г. в 00:00',
    'Перерывы в мониторинге, захватившие дневное время;с 1 ноября 2026 г. в 00:00 по 15 ноября 2026 г. в 10:00',
    'Перерывы в дневное время;0',
    'В дневное время (07:00–23:00), мин;0',
    'Итог;Нет данных: в дневное время мониторинг сайта работал не всё время (см. «Перерывы в мониторинге»), поэтому соблюдение требований не подтверждено.',
  ]);
});
