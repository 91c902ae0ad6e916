/** `npm run monitoring:notice`: staff edit a notice's cause; the edit and its author are logged. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fromRepoRoot } from '../../core/repo-paths.ts';
import { openDatabase } from '../../forms-api/src/db/database.ts';
import { migrateToLatest } from '../../forms-api/src/db/migrate.ts';
import { parseWebhookBody } from '../src/kuma-event.ts';
import { applyStateChange } from '../src/ledger.ts';
import { loadMonitoringConfig } from '../src/monitoring-config.ts';
import { fixture } from './fixtures.ts';

function run(databaseUrl: string, ...args: string[]): string {
  return execFileSync(
    process.execPath,
    ['--experimental-strip-types', fromRepoRoot('forms-api/src/cli/monitoring-notice.ts'), ...args],
    { env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
}

test('staff replace the default cause; list shows it and history shows who changed what', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'es-notice-'));
  t.after(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  const url = `sqlite:${join(dir, 'site.sqlite')}`;
  const { db } = openDatabase(url);
  await migrateToLatest(db);
  const parsed = parseWebhookBody(fixture('webhook-up.json'));
  assert.ok(parsed.ok && parsed.event.kind === 'state');
  await applyStateChange(db, loadMonitoringConfig(), parsed.event.change, 'webhook');
  const { id } = await db.selectFrom('outages').select('id').executeTakeFirstOrThrow();
  await db.destroy();

  assert.match(
    run(url, 'list'),
    new RegExp(`№ ${String(id)} {2}23 ноября 2026 г\\. в 00:41 — 23 ноября 2026 г\\. в 00:43 {2}Технический сбой`),
  );
  const edited = run(
    url,
    'edit',
    '--id',
    String(id),
    '--cause',
    'Перегрузка сервера хостинг-провайдера',
    '--editor',
    'Иванова И. И.',
  );
  assert.match(edited, /"event":"monitoring.notice-cause-edited"/);
  assert.match(run(url, 'list'), /Перегрузка сервера хостинг-провайдера/);
  assert.match(
    run(url, 'history', '--id', String(id)),
    /Иванова И\. И\. \(\w+\): «\(по умолчанию\)» → «Перегрузка сервера хостинг-провайдера»/,
  );
  assert.throws(() => run(url, 'edit', '--id', String(id), '--cause', 'Другая причина сбоя сайта'), /--editor/);
});
