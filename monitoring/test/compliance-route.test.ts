import assert from 'node:assert/strict';
import { test } from 'node:test';
import { build } from '../../forms-api/test/helper.ts';
import { AUTH, SECRET, fixture } from './fixtures.ts';

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
    compliant: boolean;
  }>();
  // Replayed long after the fact, the notice is late: the report must say so.
  assert.deepEqual(
    [report.daytimeBreaks, report.daytimeSeconds, report.noticesLate, report.compliant],
    [1, 3600, 1, false],
  );

  const csv = await app.inject({ method: 'GET', url: '/api/monitoring/compliance/2026-11.csv' });
  assert.equal(csv.headers['content-type'], 'text/csv; charset=utf-8');
  const [header, row, ...rest] = csv.body.replace('\uFEFF', '').trim().split('\r\n');
  assert.match(header ?? '', /^Номер;Доступ прекращён;Доступ возобновлён;/);
  assert.match(row ?? '', /^\d+;2026-11-10T09:00:00\+07:00;2026-11-10T10:00:00\+07:00;60;60;2026-11-10: 60;нет;.*;да$/);
  assert.deepEqual(rest, []);

  const october = await app.inject({ method: 'GET', url: '/api/monitoring/compliance/2026-10.json' });
  assert.equal(october.json<{ outages: unknown[] }>().outages.length, 0);
  const wrong = await app.inject({ method: 'GET', url: '/api/monitoring/compliance/2026-13.json' });
  assert.equal(wrong.statusCode, 404);
  assert.match(wrong.json<{ message: string }>().message, /2026-11\.json/);
});
