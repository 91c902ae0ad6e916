/** The captured Uptime Kuma 2.5.3 webhook bodies (copied from the shared research folder; README there). */
import { readFileSync } from 'node:fs';
import { fromRepoRoot } from '../../core/repo-paths.ts';

export const FIXTURE_DIR = fromRepoRoot('monitoring/test/fixtures');

export function fixture(name: string): unknown {
  return JSON.parse(readFileSync(`${FIXTURE_DIR}/${name}`, 'utf8'));
}

export const SECRET = 'test-secret-that-is-long-enough-123';
export const AUTH = { authorization: `Bearer ${SECRET}` };

/** Both captured outages, as the JSON notification sent them, in the order they happened. */
export const TIMELINE = [
  'webhook-down.json',
  'webhook-up.json',
  'webhook-down-after-retries.json',
  'webhook-up-after-retries.json',
];

/** The ledger the timeline must produce, whatever the order (UTC). */
export const EXPECTED_OUTAGES = [
  { started_at: '2026-11-22T17:41:09.706Z', ended_at: '2026-11-22T17:43:09.710Z' },
  { started_at: '2026-11-22T17:44:54.730Z', ended_at: '2026-11-22T17:46:14.743Z' },
];
