/** The ledger on both databases: replay orders, an UP without DOWN, maintenance, the 2-hour check. */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { postgresUnavailableReason, startTestPostgres, type TestPostgres } from '../../tests/support/postgres.ts';
import { openDatabase } from '../../forms-api/src/db/database.ts';
import { migrateToLatest } from '../../forms-api/src/db/migrate.ts';
import { parseWebhookBody, type StateChange } from '../src/kuma-event.ts';
import { applyStateChange } from '../src/ledger.ts';
import { loadMonitoringConfig, type MonitoringConfig } from '../src/monitoring-config.ts';
import { DEFAULT_CAUSE, createOutageNotices } from '../src/outage-notices.ts';
import { EXPECTED_OUTAGES, TIMELINE, fixture } from './fixtures.ts';

const config: MonitoringConfig = {
  ...loadMonitoringConfig(),
  maintenance: [
    { start: '2026-12-05T01:00:00+07:00', end: '2026-12-05T03:00:00+07:00', reason: 'Плановое обновление сайта' },
  ],
};

function change(name: string): StateChange {
  const parsed = parseWebhookBody(fixture(name));
  assert.ok(parsed.ok && parsed.event.kind === 'state');
  return parsed.event.change;
}

async function withDatabase(url: string, run: (db: ReturnType<typeof openDatabase>['db']) => Promise<void>) {
  const { db } = openDatabase(url);
  try {
    await migrateToLatest(db);
    await db.deleteFrom('outage_cause_edits').execute();
    await db.deleteFrom('outages').execute();
    await run(db);
  } finally {
    await db.destroy();
  }
}

function scenarios(url: () => string) {
  test('every order of the captured timeline gives the same ledger', async () => {
    const orders = [
      TIMELINE,
      [...TIMELINE].reverse(),
      [...TIMELINE, ...TIMELINE],
      [1, 0, 3, 2].map((index) => TIMELINE[index] ?? ''),
    ];
    for (const order of orders) {
      await withDatabase(url(), async (db) => {
        for (const name of order) await applyStateChange(db, config, change(name), 'webhook');
        const rows = await db.selectFrom('outages').select(['started_at', 'ended_at']).orderBy('started_at').execute();
        assert.deepEqual(rows, EXPECTED_OUTAGES, order.join(' → '));
      });
    }
  });

  test('outcomes name what happened, and a lost UP leaves the earlier outage for reconciliation', async () => {
    await withDatabase(url(), async (db) => {
      const outcomes = [];
      for (const name of [
        'webhook-down.json',
        'webhook-down.json',
        'webhook-down-after-retries.json',
        'webhook-up-after-retries.json',
      ])
        outcomes.push(await applyStateChange(db, config, change(name), 'webhook'));
      assert.deepEqual(outcomes, ['opened', 'already-recorded', 'already-open', 'rebuilt-from-up']);
      const rows = await db.selectFrom('outages').select(['started_at', 'ended_at']).orderBy('started_at').execute();
      assert.deepEqual(rows, [{ started_at: EXPECTED_OUTAGES[0]?.started_at, ended_at: null }, EXPECTED_OUTAGES[1]]);
    });
  });

  test('a break inside a declared window is maintenance and its notice gives the declared reason', async () => {
    await withDatabase(url(), async (db) => {
      const at = '2026-12-04T18:30:00.000Z';
      const down = { ...change('webhook-down.json'), at, firstFailureAt: at };
      const up = { ...change('webhook-up.json'), at: '2026-12-04T19:10:00.000Z', lastDownAt: at, firstFailureAt: at };
      await applyStateChange(db, config, down, 'webhook');
      await applyStateChange(db, config, up, 'webhook');
      const notices = await createOutageNotices(db, config).list();
      assert.deepEqual(
        notices.map((notice) => [notice.maintenance, notice.cause]),
        [[true, 'Плановое обновление сайта']],
      );
    });
  });

  test('a notice published more than 2 hours after restoration is flagged late; cause edits are logged', async () => {
    await withDatabase(url(), async (db) => {
      await applyStateChange(db, config, change('webhook-up.json'), 'reconcile', '2026-11-22T19:43:10.000Z');
      await applyStateChange(
        db,
        config,
        change('webhook-up-after-retries.json'),
        'webhook',
        '2026-11-22T17:46:15.000Z',
      );
      const notices = createOutageNotices(db, config);
      assert.deepEqual(
        (await notices.list()).map((notice) => [notice.cause, notice.late]),
        [
          [DEFAULT_CAUSE, false],
          [DEFAULT_CAUSE, true],
        ],
      );
      const [latest] = await notices.list();
      assert.ok(latest);
      const edit = await notices.editCause(latest.id, 'Отказ сетевого оборудования у провайдера', 'Иванова');
      assert.equal(edit.oldCause, DEFAULT_CAUSE);
      await notices.editCause(latest.id, 'Отказ сетевого оборудования хостинг-провайдера', 'Петров');
      const log = await db
        .selectFrom('outage_cause_edits')
        .select(['editor', 'old_cause', 'new_cause'])
        .orderBy('id')
        .execute();
      assert.deepEqual(log, [
        { editor: 'Иванова', old_cause: null, new_cause: 'Отказ сетевого оборудования у провайдера' },
        {
          editor: 'Петров',
          old_cause: 'Отказ сетевого оборудования у провайдера',
          new_cause: 'Отказ сетевого оборудования хостинг-провайдера',
        },
      ]);
      assert.equal((await notices.list())[0]?.cause, 'Отказ сетевого оборудования хостинг-провайдера');
      await assert.rejects(notices.editCause(latest.id, 'коротко', 'Петров'), /слишком короткая/);
      await assert.rejects(notices.editCause(999, 'Достаточно длинная причина', 'Петров'), /№ 999 не найдено/);
    });
  });
}

describe('outage ledger on SQLite', () => {
  scenarios(() => 'sqlite::memory:');
});

const pgSkip = !process.env['CI'] && postgresUnavailableReason();
describe('outage ledger on PostgreSQL', { skip: pgSkip ? (postgresUnavailableReason() ?? true) : false }, () => {
  let server: TestPostgres;
  before(async () => {
    server = await startTestPostgres();
  });
  after(() => {
    server.stop();
  });
  scenarios(() => server.url);
});
