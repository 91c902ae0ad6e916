import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test, type TestContext } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { build } from '../../forms-api/test/helper.ts';
import { AUTH, EXPECTED_OUTAGES, SECRET, TIMELINE, fixture } from './fixtures.ts';

async function buildWithSecret(t: TestContext): Promise<FastifyInstance> {
  return build(t, { UPTIME_KUMA_WEBHOOK_SECRET: SECRET });
}

async function post(app: FastifyInstance, body: unknown, headers: Record<string, string> = AUTH) {
  // Uptime Kuma sends every JSON variant, even the double-encoded string, as application/json.
  return app.inject({
    method: 'POST',
    url: '/api/monitoring/uptime-kuma',
    headers: { ...headers, 'content-type': 'application/json' },
    payload: JSON.stringify(body),
  });
}

async function outages(app: FastifyInstance) {
  await app.monitoring.inbox.drain();
  return app.database.db
    .selectFrom('outages')
    .select(['monitor_id', 'scope', 'kind', 'started_at', 'ended_at', 'origin'])
    .orderBy('started_at')
    .execute();
}

async function replay(app: FastifyInstance, names: string[]): Promise<void> {
  for (const name of names) {
    const response = await post(app, fixture(name));
    assert.equal(response.statusCode, 202, name);
  }
}

describe('POST /api/monitoring/uptime-kuma', () => {
  test('refuses a missing or wrong secret with 401 and records nothing', async (t) => {
    const app = await buildWithSecret(t);
    for (const headers of [
      {},
      { authorization: 'Bearer wrong-secret-of-the-same-length-12' },
      { authorization: SECRET },
    ]) {
      const response = await post(app, fixture('webhook-down.json'), headers);
      assert.equal(response.statusCode, 401);
      assert.match(response.json<{ message: string }>().message, /Authorization: Bearer/);
    }
    assert.deepEqual(await outages(app), []);
  });

  test('refuses everything when no secret is configured', async (t) => {
    const app = await build(t);
    assert.equal((await post(app, fixture('webhook-down.json'))).statusCode, 401);
  });

  test('answers a malformed body with 400 and a Russian message naming the field', async (t) => {
    const app = await buildWithSecret(t);
    const broken = fixture('webhook-down.json') as { heartbeat: Record<string, unknown> };
    broken.heartbeat['time'] = '22.11.2026 17:41';
    const response = await post(app, broken);
    assert.equal(response.statusCode, 400);
    assert.equal(
      response.json<{ message: string }>().message,
      'heartbeat.time: Время должно быть в формате «ГГГГ-ММ-ДД чч:мм:сс.ммм»',
    );
    const notJson = await app.inject({
      method: 'POST',
      url: '/api/monitoring/uptime-kuma',
      headers: { ...AUTH, 'content-type': 'application/json' },
      payload: '{"heartbeat":',
    });
    assert.equal(notJson.statusCode, 400);
    assert.equal(notJson.json<{ message: string }>().message, 'Тело запроса не является корректным JSON');
  });

  test('the «Test» button gets 200 and changes nothing', async (t) => {
    const app = await buildWithSecret(t);
    const response = await post(app, fixture('webhook-test.json'));
    assert.equal(response.statusCode, 200);
    assert.deepEqual(await outages(app), []);
    const stored = await app.database.db.selectFrom('monitoring_events').select('id').execute();
    assert.equal(stored.length, 0);
  });

  test('replayed in order, DOWN opens and UP closes each outage, times in UTC', async (t) => {
    const app = await buildWithSecret(t);
    await replay(app, TIMELINE.slice(0, 1));
    assert.deepEqual(
      (await outages(app)).map((row) => row.ended_at),
      [null],
    );
    await replay(app, TIMELINE.slice(1));
    const rows = await outages(app);
    assert.deepEqual(
      rows.map(({ started_at, ended_at }) => ({ started_at, ended_at })),
      EXPECTED_OUTAGES,
    );
    assert.deepEqual(
      rows.map((row) => [row.monitor_id, row.scope, row.kind, row.origin]),
      [
        [1, 'site', 'outage', 'webhook'],
        [1, 'site', 'outage', 'webhook'],
      ],
    );
  });

  test('reversed and duplicated, the replay gives the same two outages', async (t) => {
    for (const order of [
      [...TIMELINE].reverse(),
      [...TIMELINE, ...TIMELINE],
      TIMELINE.flatMap((name) => [name, name]),
    ]) {
      const app = await buildWithSecret(t);
      await replay(app, order);
      assert.deepEqual(
        (await outages(app)).map(({ started_at, ended_at }) => ({ started_at, ended_at })),
        EXPECTED_OUTAGES,
        order.join(' → '),
      );
    }
  });

  test('an UP without its DOWN still yields the complete outage from lastDownTime', async (t) => {
    const app = await buildWithSecret(t);
    await replay(app, ['webhook-up-after-retries.json']);
    const rows = await outages(app);
    assert.deepEqual(
      rows.map(({ started_at, ended_at, origin }) => ({ started_at, ended_at, origin })),
      [{ ...EXPECTED_OUTAGES[1], origin: 'up-only' }],
    );
  });

  test('the custom-template and form-data variants record the same outages', async (t) => {
    const app = await buildWithSecret(t);
    // The DOWN of the custom template arrives double-encoded with a hole where lastDownTime was.
    await replay(app, [
      'webhook-custom-template-down-double-encoded.json',
      'webhook-custom-template-up-after-retries.json',
      'webhook-custom-template-up.json',
    ]);
    for (const name of [
      'webhook-form-data-up.data-field.json',
      'webhook-form-data-down-after-retries.data-field.json',
    ]) {
      const form = new FormData();
      form.append('data', JSON.stringify(fixture(name)));
      const response = await app.inject({
        method: 'POST',
        url: '/api/monitoring/uptime-kuma',
        headers: AUTH,
        payload: form,
      });
      assert.equal(response.statusCode, 202, name);
    }
    assert.deepEqual(
      (await outages(app)).map(({ started_at, ended_at }) => ({ started_at, ended_at })),
      EXPECTED_OUTAGES,
    );
  });

  test('the API-only monitor is kept apart from the site', async (t) => {
    const app = await buildWithSecret(t);
    for (const name of ['webhook-down.json', 'webhook-up.json']) {
      const body = fixture(name) as { monitor: { id: number; name: string }; heartbeat: { monitorID: number } };
      body.monitor.id = 4;
      body.heartbeat.monitorID = 4;
      body.monitor.name = 'API — состояние';
      await replay(app, []);
      assert.equal((await post(app, body)).statusCode, 202);
    }
    await replay(app, ['webhook-down.json', 'webhook-up.json']);
    const rows = await outages(app);
    assert.deepEqual(
      rows.map((row) => [row.monitor_id, row.scope]),
      [
        [4, 'api'],
        [1, 'site'],
      ],
    );
    assert.deepEqual(
      (await app.monitoring.notices.list()).map((notice) => notice.outages.length),
      [1],
    );
  });

  test('closed site outages are offered to the news feed in the company time zone', async (t) => {
    const app = await buildWithSecret(t);
    await replay(app, TIMELINE);
    await app.monitoring.inbox.drain();
    const items = await app.monitoring.noticesForNewsFeed();
    assert.deepEqual(
      items.map(({ title, path }) => ({ title, path })),
      items.map(({ id }) => ({
        title: 'Перерыв в работе сайта 23 ноября 2026 г.',
        path: `/o-kompanii/pereryvy-v-rabote-sayta/#pereryv-${id.replace('site-outage-', '')}`,
      })),
    );
    assert.equal(items.length, 2);
    assert.match(items[0]?.date ?? '', /\+07:00$/);
    assert.match(
      items[1]?.summary ?? '',
      /^Доступ к официальному сайту был прекращён 23 ноября 2026 г\. в 00:41 и возобновлён 23 ноября 2026 г\. в 00:43 \(продолжительность — 2 мин\)\. Причина: Технический сбой/,
    );
  });

  test('an event stored but not yet processed when the server stops is applied at the next start', async (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'es-inbox-'));
    t.after(() => {
      rmSync(dir, { recursive: true, force: true });
    });
    const env = { UPTIME_KUMA_WEBHOOK_SECRET: SECRET, DATABASE_URL: `sqlite:${join(dir, 'site.sqlite')}` };
    const first = await build(t, env);
    // What the route does before answering 202: the raw body is on disk.
    await first.monitoring.inbox.store(fixture('webhook-up.json'), 'webhook');
    const second = await build(t, env);
    // ready() runs the start-up drain; nothing else here processes events.
    await second.ready();
    const rows = await second.database.db.selectFrom('outages').select(['started_at', 'ended_at']).execute();
    assert.deepEqual(rows, [EXPECTED_OUTAGES[0]]);
  });
});
