/**
 * Used form tokens are remembered USED_TOKENS_KEPT_DAYS, then retention forgets them; a post
 * with a token that old is held for review, so a second use is never let through unseen.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { issueFormToken, USED_TOKENS_KEPT_DAYS } from '../../src/antispam/form-token.ts';
import { createUsedFormTokens } from '../../src/antispam/used-tokens.ts';
import { openDatabase } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { retentionTasks, runRetention } from '../../src/retention/run-retention.ts';
import { createAppealRetention } from '../../src/retention/appeals.ts';
import { createStatusLookup } from '../../src/appeals/status-lookup.ts';
import { createStaffService } from '../../src/staff/service.ts';
import { loadEnv } from '../../src/config/env.ts';
import { build } from '../helper.ts';
import { JSON_HEADERS, validQuestion } from '../routes/api/forms/fixtures.ts';
import { asPerson, TEST_ANTISPAM_ENV } from '../support/antispam.ts';
import { onBothDatabases } from '../databases.ts';
import { tmpdir } from 'node:os';

const DAY_MS = 24 * 60 * 60 * 1000;
const NOW = new Date('2026-12-05T12:00:00Z');

onBothDatabases('used form tokens', (newDatabaseUrl) => {
  test(`retention forgets tokens used more than ${String(USED_TOKENS_KEPT_DAYS)} days ago, and only those`, async () => {
    const { db } = openDatabase(await newDatabaseUrl());
    try {
      await migrateToLatest(db);
      const usedDaysAgo = (days: number) => new Date(NOW.getTime() - days * DAY_MS).toISOString();
      await db
        .insertInto('used_form_tokens')
        .values([
          { token: 'a', used_at: usedDaysAgo(USED_TOKENS_KEPT_DAYS + 1) },
          { token: 'b', used_at: usedDaysAgo(USED_TOKENS_KEPT_DAYS - 1) },
          { token: 'c', used_at: usedDaysAgo(0) },
        ])
        .execute();
      const staff = createStaffService({ db, sessionMinutes: 60, secureCookie: false, now: () => NOW });
      const stores = {
        staff,
        appeals: createAppealRetention(db, tmpdir()),
        statusLookup: createStatusLookup(db, { refusalGrounds: [] }),
        usedFormTokens: createUsedFormTokens(db),
      };
      const report = await runRetention(retentionTasks(loadEnv({}), stores), staff, NOW, 'cli:test');
      assert.deepEqual(
        report.filter((line) => line.label.startsWith('отметки об отправке')),
        [
          {
            label: `отметки об отправке с открытых страниц форм старше ${String(USED_TOKENS_KEPT_DAYS)} дн.`,
            deleted: 1,
          },
        ],
      );
      const left = await db.selectFrom('used_form_tokens').select('token').orderBy('token').execute();
      assert.deepEqual(
        left.map((row) => row.token),
        ['b', 'c'],
      );
    } finally {
      await db.destroy();
    }
  });
});

test('a post from a form page opened longer ago than used tokens are kept is held for review, named in the notification', async (t) => {
  const app = await build(t, { OUTBOX_POLL_MS: '60000' });
  const person = await asPerson(app, 'question', validQuestion);
  const formToken = issueFormToken(
    TEST_ANTISPAM_ENV.FORM_SECRET,
    'question',
    Date.now() - (USED_TOKENS_KEPT_DAYS + 1) * DAY_MS,
  );
  const response = await app.inject({
    method: 'POST',
    url: '/api/forms/question',
    headers: JSON_HEADERS,
    payload: { ...person, formToken },
  });
  assert.equal(response.statusCode, 201, 'kept, never dropped');
  const { db } = app.database;
  const submission = await db.selectFrom('submissions').selectAll().executeTakeFirstOrThrow();
  assert.equal(submission.status, 'quarantined');
  assert.deepEqual(JSON.parse(submission.spam_reasons ?? '[]'), ['token-expired']);
  const kinds = await db.selectFrom('outbox').select('kind').where('submission_id', '=', submission.id).execute();
  assert.deepEqual(
    kinds.map((row) => row.kind),
    ['notify'],
  );
});
