/**
 * Merges the outages of several site monitors into periods when the site was down: the home page
 * and the disclosures page failing together are one break, not two.
 */
import type { Selectable } from 'kysely';
import type { OutageTable } from './schema.ts';

export type OutageRow = Selectable<OutageTable>;

export interface OutagePeriod {
  /** When access stopped: the earliest first failed probe (UTC ISO). */
  startedAt: string;
  /** When access resumed: the first successful probe after the last of its outages. */
  endedAt: string;
  durationSeconds: number;
  /** Every outage in the period was planned maintenance. */
  maintenance: boolean;
  /** When the last of its outages was recorded as ended. */
  publishedAt: string;
  outages: [OutageRow, ...OutageRow[]];
}

/** The best known stop time: the first failed probe, else when DOWN was declared. */
const stoppedAt = (row: OutageRow): string => row.first_failure_at ?? row.started_at;

/** Closed periods only, oldest first; a period with a monitor still down is not over yet. */
export function mergeOutagePeriods(rows: readonly OutageRow[]): OutagePeriod[] {
  const sorted = [...rows].sort((a, b) => stoppedAt(a).localeCompare(stoppedAt(b)));
  const groups: [OutageRow, ...OutageRow[]][] = [];
  let groupEnd = '';
  for (const row of sorted) {
    const end = row.ended_at ?? '9999';
    const last = groups.at(-1);
    if (last && stoppedAt(row) <= groupEnd) {
      last.push(row);
      if (end > groupEnd) groupEnd = end;
    } else {
      groups.push([row]);
      groupEnd = end;
    }
  }
  return groups.flatMap((outages): OutagePeriod[] => {
    if (outages.some((row) => row.ended_at === null)) return [];
    const startedAt = stoppedAt(outages[0]);
    const endedAt = outages.map((row) => row.ended_at ?? '').reduce((a, b) => (a > b ? a : b));
    const publishedAt = outages.map((row) => row.closed_recorded_at ?? '').reduce((a, b) => (a > b ? a : b));
    return [
      {
        startedAt,
        endedAt,
        durationSeconds: (Date.parse(endedAt) - Date.parse(startedAt)) / 1000,
        maintenance: outages.every((row) => row.kind === 'maintenance'),
        publishedAt,
        outages,
      },
    ];
  });
}
