/** The stored monitoring coverage on both databases: spans merge, a repeated import changes nothing. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openDatabase } from '../../forms-api/src/db/database.ts';
import { migrateToLatest } from '../../forms-api/src/db/migrate.ts';
import { loadCoverage, recordCoverage } from '../src/coverage-ledger.ts';
import { onBothDatabases } from '../../forms-api/test/databases.ts';

const span = (from: string, to: string) => ({
  startedAt: `2026-12-04T${from}:00.000Z`,
  endedAt: `2026-12-04T${to}:00.000Z`,
});

onBothDatabases('monitoring coverage', (newDatabaseUrl) => {
  test('imports merge into unbroken stretches, and a gap stays a gap', async (t) => {
    const { db } = openDatabase(await newDatabaseUrl());
    t.after(() => db.destroy());
    await migrateToLatest(db);
    await recordCoverage(db, [span('10:00', '10:30'), span('11:00', '11:30')]);
    // The next import overlaps the first stretch and touches the second within two minutes.
    await recordCoverage(db, [span('10:20', '10:40'), span('10:41', '10:50')]);
    await recordCoverage(db, [span('10:20', '10:40')]);
    assert.deepEqual(await loadCoverage(db), [span('10:00', '10:50'), span('11:00', '11:30')]);
  });
});
