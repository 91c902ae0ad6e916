/**
 * The queries every submission makes read indexes, not whole tables: the outbox keeps every
 * message ever sent, so a scan made each submission slower than the last (issue 18).
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { CompiledQuery, type Kysely } from 'kysely';
import { openDatabase } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { migrations } from '../../src/db/migrations/index.ts';
import type { DatabaseSchema } from '../../src/db/schema.ts';
import { acksQueuedSince } from '../../src/forms/submission-service.ts';
import { claimQuery } from '../../src/outbox/claim.ts';

let db: Kysely<DatabaseSchema>;
before(async () => {
  db = openDatabase(`sqlite:${join(mkdtempSync(join(tmpdir(), 'es-plan-')), 'site.sqlite')}`).db;
  await migrateToLatest(db, migrations);
});
after(() => db.destroy());

async function plan(query: CompiledQuery): Promise<string> {
  const rows = await db.executeQuery<{ detail: string }>(
    CompiledQuery.raw(`explain query plan ${query.sql}`, [...query.parameters]),
  );
  return rows.rows.map((row) => row.detail).join('\n');
}

test('the daily acknowledgement count reads an index, not the whole outbox', async () => {
  const details = await plan(acksQueuedSince(db, ['anna@example.ru'], '2026-12-04T00:00:00.000Z').compile());
  assert.doesNotMatch(details, /SCAN outbox/);
  assert.match(details, /INDEX outbox_recipient_kind_created/);
});

test("the mail robot's claim of customer mail reads only due customer rows, not the waiting notifications", async () => {
  const details = await plan(
    claimQuery(db, 'sqlite', { now: new Date(), leaseMs: 60_000, limit: 10, kind: 'ack' }).compile(),
  );
  assert.doesNotMatch(details, /SCAN outbox/);
  assert.match(details, /INDEX outbox_claim \(status=\? AND kind=\? AND run_at<\?\)/);
});
