/** The stored spans when Uptime Kuma was probing the site (table `monitoring_coverage`). */
import type { Kysely } from 'kysely';
import type { MonitoringTables } from './schema.ts';
import { mergeSpans, type Span } from './coverage.ts';

type Db = Kysely<MonitoringTables>;

/** Every stored span, oldest first, already merged. */
export async function loadCoverage(db: Db): Promise<Span[]> {
  const rows = await db.selectFrom('monitoring_coverage').selectAll().orderBy('started_at').execute();
  return rows.map((row) => ({ startedAt: row.started_at, endedAt: row.ended_at }));
}

/** Adds spans to the stored ones; idempotent. The table holds one row per unbroken stretch, so it stays small. */
export async function recordCoverage(db: Db, spans: readonly Span[]): Promise<void> {
  if (spans.length === 0) return;
  await db.transaction().execute(async (trx) => {
    const merged = mergeSpans([...(await loadCoverage(trx)), ...spans]);
    await trx.deleteFrom('monitoring_coverage').execute();
    await trx
      .insertInto('monitoring_coverage')
      .values(merged.map((span) => ({ started_at: span.startedAt, ended_at: span.endedAt })))
      // Two reconciliations at once: the other's rows stand, and the next run merges them.
      .onConflict((conflict) => conflict.column('started_at').doNothing())
      .execute();
  });
}
