/**
 * `npm run retention` on appeals, on a real SQLite and PostgreSQL: exactly the appeals closed (or
 * held in quarantine) longer ago than SUBMISSION_RETENTION_DAYS go, with their consents, attachment
 * rows and files, events and outbox rows; open appeals stay however old they are.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Kysely } from 'kysely';
import { createStatusLookup } from '../../src/appeals/status-lookup.ts';
import { createUsedFormTokens } from '../../src/antispam/used-tokens.ts';
import { loadEnv } from '../../src/config/env.ts';
import { openDatabase } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import type { DatabaseSchema, SubmissionStatus } from '../../src/db/schema.ts';
import { createAppealRetention } from '../../src/retention/appeals.ts';
import { retentionTasks, runRetention } from '../../src/retention/run-retention.ts';
import { createStaffService } from '../../src/staff/service.ts';
import { onBothDatabases } from '../databases.ts';
import { insertAppeal, insertEvent } from '../support/appeal-rows.ts';

const NOW = new Date('2032-06-01T00:00:00Z');
const DEADLINES = { register: '2026-01-12', final: '2026-02-09' };

/** An appeal with one of everything that hangs on it; returns its attachment's path on disk. */
async function appealWithEverything(
  db: Kysely<DatabaseSchema>,
  dir: string,
  number: string,
  status: SubmissionStatus,
  createdAt: string,
  closedAt: string | null,
): Promise<string> {
  const id = await insertAppeal(db, { number, status, createdAt, closedAt, deadlines: DEADLINES });
  const folder = randomUUID();
  const storageKey = `${folder}/${randomUUID()}`;
  mkdirSync(join(dir, folder));
  writeFileSync(join(dir, storageKey), 'scan');
  await db
    .insertInto('attachments')
    .values({
      id: randomUUID(),
      submission_id: id,
      file_name: 'скан.pdf',
      content_type: 'application/pdf',
      size: 4,
      storage_key: storageKey,
      created_at: createdAt,
    })
    .execute();
  await db
    .insertInto('consents')
    .values({
      id: randomUUID(),
      submission_id: id,
      purpose: 'personal-data',
      text_version: 'v1',
      granted_at: createdAt,
      ip: '10.0.0.1',
      user_agent: 'test',
    })
    .execute();
  const event = closedAt ? await insertEvent(db, id, { kind: 'final-answer', at: closedAt, body: 'Ответ.' }) : null;
  // The customer's rating of the answer, with a comment in their own words.
  if (status === 'answered' && closedAt)
    await db
      .insertInto('answer_ratings')
      .values({ submission_id: id, score: 5, comment: 'Спасибо, Иванова', rated_at: closedAt })
      .execute();
  await db
    .insertInto('outbox')
    .values({
      id: randomUUID(),
      dedupe_key: `ack:${id}`,
      submission_id: id,
      kind: 'ack',
      event_id: event,
      recipient: 'ivanova@example.ru',
      status: 'sent',
      attempts: 1,
      run_at: createdAt,
      locked_until: null,
      last_error: null,
      sent_at: createdAt,
      created_at: createdAt,
    })
    .execute();
  return join(dir, storageKey);
}

onBothDatabases('retention of appeals', (newDatabaseUrl) => {
  test('deletes exactly the appeals closed or held longer ago than the period, with their files', async (t) => {
    const { db } = openDatabase(await newDatabaseUrl());
    t.after(() => db.destroy());
    await migrateToLatest(db);
    const dir = mkdtempSync(join(tmpdir(), 'es-retention-'));
    const old = '2026-01-10T03:00:00Z';

    const gone = [
      await appealWithEverything(db, dir, 'ЖП-2026-000001', 'answered', old, '2026-02-01T03:00:00Z'),
      await appealWithEverything(db, dir, 'ОБ-2026-000002', 'refused', old, '2026-03-01T03:00:00Z'),
      await appealWithEverything(db, dir, 'ВП-2026-000003', 'quarantined', old, null),
    ];
    const kept = [
      // Open appeals are never deleted, however old.
      await appealWithEverything(db, dir, 'ОБ-2026-000004', 'registered', old, null),
      await appealWithEverything(db, dir, 'ОБ-2026-000005', 'in-progress', old, null),
      await appealWithEverything(db, dir, 'ОБ-2026-000006', 'interim-answered', old, null),
      // Registered long ago, but closed within the period: it counts from the closing.
      await appealWithEverything(db, dir, 'ЖП-2026-000007', 'answered', old, '2028-01-01T03:00:00Z'),
      await appealWithEverything(db, dir, 'ВП-2031-000008', 'answered', '2031-05-01T03:00:00Z', '2031-05-02T03:00:00Z'),
    ];

    const staff = createStaffService({ db, sessionMinutes: 60, secureCookie: false, now: () => NOW });
    const stores = {
      staff,
      appeals: createAppealRetention(db, dir),
      statusLookup: createStatusLookup(db, { refusalGrounds: [] }),
      usedFormTokens: createUsedFormTokens(db),
    };
    const report = await runRetention(retentionTasks(loadEnv({}), stores), staff, NOW, 'cli:test');

    const prefix = 'закрытые более 1825 дн. назад обращения (и из карантина): ';
    assert.deepEqual(
      report
        .filter((line) => line.label.startsWith(prefix))
        .map((line) => [line.label.slice(prefix.length), line.deleted]),
      [
        ['обращения', 3],
        ['записи о согласиях', 3],
        ['записи о вложениях', 3],
        ['файлы вложений на диске', 3],
        ['события обращений', 2],
        ['письма в очереди отправки', 3],
      ],
    );
    const numbers = await db
      .selectFrom('submissions')
      .select('registration_number')
      .orderBy('registration_number')
      .execute();
    assert.deepEqual(
      numbers.map((row) => row.registration_number),
      ['ВП-2031-000008', 'ЖП-2026-000007', 'ОБ-2026-000004', 'ОБ-2026-000005', 'ОБ-2026-000006'],
    );
    for (const table of ['consents', 'attachments', 'outbox'] as const) {
      assert.equal((await db.selectFrom(table).select('id').execute()).length, 5, table);
    }
    assert.equal((await db.selectFrom('appeal_events').select('id').execute()).length, 2);
    assert.equal((await db.selectFrom('answer_ratings').select('submission_id').execute()).length, 2);
    for (const path of gone) assert.equal(existsSync(path), false, path);
    for (const path of kept) assert.equal(existsSync(path), true, path);

    // The run is in the audit log with the counts.
    const [entry] = await staff.audit.list({ action: 'retention-run' });
    assert.match(entry?.details ?? '', /обращения \(и из карантина\): обращения: 3;/);
  });
});
