/**
 * Under a burst the outbox holds thousands of letters waiting. The mail robot's claim must take the
 * oldest due ones through the index's order, not gather and sort the whole backlog each time: on
 * PostgreSQL that sort cost 40–60 ms a claim at 50,000 waiting letters, on the cores that register
 * the submissions (issue 18).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CompiledQuery, sql } from 'kysely';
import { newOutboxRow } from '../../src/outbox/new-row.ts';
import { claimDueRows, claimQuery } from '../../src/outbox/claim.ts';
import { onBothDatabases } from '../databases.ts';
import { build } from '../helper.ts';
import { storeQuestions } from '../support/stored-question.ts';

const BACKLOG = 1500;
const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString();

onBothDatabases('outbox claim under a backlog', (newDatabaseUrl) => {
  test('takes the oldest due letters without sorting the backlog, and those whose sender died', async (t) => {
    // The worker never starts (the app is not made ready), so the outbox stays as written here.
    const app = await build(t, { DATABASE_URL: await newDatabaseUrl() });
    await storeQuestions(app);
    const { db, kind } = app.database;
    const { id: submissionId } = await db.selectFrom('submissions').select('id').executeTakeFirstOrThrow();
    const backlog = Array.from({ length: BACKLOG }, (_, index) =>
      (['ack', 'notify'] as const).map((letterKind) =>
        newOutboxRow({
          submissionId,
          kind: letterKind,
          recipient: `person-${String(index)}@example.ru`,
          dedupeKey: `${letterKind}:backlog:${String(index)}`,
          at: at(BACKLOG - index),
        }),
      ),
    ).flat();
    for (let start = 0; start < backlog.length; start += 500)
      await db
        .insertInto('outbox')
        .values(backlog.slice(start, start + 500))
        .execute();
    // The oldest acknowledgement, whose sender died mid-send: its lease ran out a minute ago.
    const orphan = newOutboxRow({
      submissionId,
      kind: 'ack',
      recipient: 'orphan@example.ru',
      dedupeKey: 'orphan',
      at: at(BACKLOG + 10),
    });
    await db
      .insertInto('outbox')
      .values({ ...orphan, status: 'sending', attempts: 1, locked_until: at(1) })
      .execute();
    // PostgreSQL plans by its statistics, which autovacuum keeps; the test does not wait for it.
    if (kind === 'postgres') await sql`analyze outbox`.execute(db);

    const claimOf = claimQuery(db, kind, { now: new Date(), leaseMs: 60_000, limit: 10, kind: 'ack' }).compile();
    const plan = await db.executeQuery<Record<string, unknown>>(
      CompiledQuery.raw(`${kind === 'postgres' ? 'explain' : 'explain query plan'} ${claimOf.sql}`, [
        ...claimOf.parameters,
      ]),
    );
    const planText = plan.rows.map((row) => Object.values(row).join(' ')).join('\n');
    assert.doesNotMatch(planText, kind === 'postgres' ? /Sort/ : /TEMP B-TREE/, planText);

    const claimed = await claimDueRows(db, kind, { now: new Date(), leaseMs: 60_000, limit: 10, audience: 'customer' });
    assert.deepEqual(
      claimed.map((row) => row.recipient).sort(),
      ['orphan@example.ru', ...Array.from({ length: 9 }, (_, index) => `person-${String(index)}@example.ru`)].sort(),
    );
    assert.ok(claimed.every((row) => row.kind === 'ack' && row.status === 'sending'));
  });
});
