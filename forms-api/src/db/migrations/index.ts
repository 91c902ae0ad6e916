import type { Migration } from 'kysely/migration';
import * as outageLedger from '../../../../monitoring/src/migrations/2026-11-22-01-outage-ledger.ts';
import * as staff from './2026-11-22-01-staff.ts';
import * as submissions from './2026-11-22-01-submissions.ts';
import * as attachments from './2026-11-22-02-attachments.ts';
import * as appealProcessing from './2026-11-23-01-appeal-processing.ts';
import * as statusLookupAttempts from './2026-11-23-05-status-lookup-attempts.ts';
import * as auditRepeats from './2026-12-04-02-audit-repeats.ts';
import * as usedFormTokens from './2026-12-04-03-used-form-tokens.ts';
import * as answerRatings from './2026-12-05-01-answer-ratings.ts';
import * as outboxIndexes from './2026-12-05-02-outbox-indexes.ts';
import * as monitoringCoverage from '../../../../monitoring/src/migrations/2026-12-04-01-monitoring-coverage.ts';

/**
 * Every migration, by name. Kysely applies them in name order, once each, under a lock, so
 * several processes starting together against one PostgreSQL are safe.
 * Names: `YYYY-MM-DD-NN-what` so they sort by creation.
 */
export const migrations: Record<string, Migration> = {
  '2026-11-22-01-outage-ledger': outageLedger,
  '2026-11-22-01-staff': staff,
  '2026-11-22-01-submissions': submissions,
  '2026-11-22-02-attachments': attachments,
  '2026-11-23-01-appeal-processing': appealProcessing,
  '2026-11-23-05-status-lookup-attempts': statusLookupAttempts,
  '2026-12-04-01-monitoring-coverage': monitoringCoverage,
  '2026-12-04-02-audit-repeats': auditRepeats,
  '2026-12-04-03-used-form-tokens': usedFormTokens,
  '2026-12-05-01-answer-ratings': answerRatings,
  '2026-12-05-02-outbox-indexes': outboxIndexes,
};
