/**
 * The marketing department's report on appeals for a period (Tomsk Глава 4 Раздел 1 п. 6): counts
 * by type, topic, channel and month, the share answered on time, the median time to answer and
 * the customers' satisfaction with the answers by month.
 * Built from ./report-rows.ts, so the page, the chart and the CSV export agree.
 */
import type { Kysely } from 'kysely';
import { addDays, formatMonth } from '../../../core/dates.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { reportRows, type ReportRow } from './report-rows.ts';
import type {
  AppealReport,
  Count,
  MonthCount,
  MonthSatisfaction,
  ReportPeriod,
} from '../../../core/appeals/report-query.ts';
import { SATISFIED_FROM } from '../../../content/schemas/forms/answer-rating.ts';
import { ratingsIn, type RatingRow } from './report-rows.ts';

function counts(map: Map<string, number>): Count[] {
  return [...map]
    .map(([label, count]) => ({ label, count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'ru'));
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = values.toSorted((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Every month the period touches, so the chart shows empty months as zero rather than skipping them. */
function monthsOf(period: ReportPeriod): MonthCount[] {
  const months: MonthCount[] = [];
  for (let month = period.from.slice(0, 7); month <= period.to.slice(0, 7);) {
    const label = formatMonth(month).replace(/\s*г\.$/, '');
    months.push({ month, label, registered: 0, closed: 0, closedOnTime: 0 });
    month = addDays(`${month}-28`, 5).slice(0, 7);
  }
  return months;
}

/** Count, mean and share of 4–5 per month of the period; months without ratings stay null. */
function satisfactionOf(months: MonthCount[], ratings: readonly RatingRow[]): MonthSatisfaction[] {
  return months.map(({ month, label }) => {
    const scores = ratings.filter((rating) => rating.ratedOn.startsWith(month)).map((rating) => rating.score);
    const count = scores.length;
    return {
      month,
      label,
      ratings: count,
      average: count > 0 ? scores.reduce((sum, score) => sum + score, 0) / count : null,
      satisfiedShare: count > 0 ? scores.filter((score) => score >= SATISFIED_FROM).length / count : null,
    };
  });
}

export function summarize(
  period: ReportPeriod,
  rows: Iterable<ReportRow>,
  ratings: readonly RatingRow[] = [],
): AppealReport {
  const byType = new Map<string, number>();
  const byTopic = new Map<string, number>();
  const byChannel = new Map<string, number>();
  const byMonth = monthsOf(period);
  const days: number[] = [];
  let total = 0;
  let decided = 0;
  let onTime = 0;
  const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const row of rows) {
    total += 1;
    add(byType, row.type);
    add(byTopic, row.topic);
    add(byChannel, row.channel);
    const month = byMonth.find((candidate) => candidate.month === row.registeredOn.slice(0, 7));
    if (month) month.registered += 1;
    if (row.onTime !== null) decided += 1;
    if (row.onTime === true) onTime += 1;
    if (row.daysToAnswer !== null) {
      days.push(row.daysToAnswer);
      if (month) month.closed += 1;
      if (month && row.onTime) month.closedOnTime += 1;
    }
  }
  return {
    period,
    total,
    byType: counts(byType),
    byTopic: counts(byTopic),
    byChannel: counts(byChannel),
    byMonth,
    satisfaction: satisfactionOf(byMonth, ratings),
    decided,
    onTime,
    onTimeShare: decided > 0 ? onTime / decided : null,
    closed: days.length,
    medianDays: median(days),
  };
}

/** The report over the shared database, in the company time zone; `today` decides what is late. */
export function createAppealReports(db: Kysely<DatabaseSchema>, timeZone: string) {
  return {
    rows: (period: ReportPeriod, today: string) => reportRows(db, period, timeZone, today),
    async build(period: ReportPeriod, today: string): Promise<AppealReport> {
      const rows: ReportRow[] = [];
      for await (const row of reportRows(db, period, timeZone, today)) rows.push(row);
      return summarize(period, rows, await ratingsIn(db, period, timeZone));
    },
  };
}

export type AppealReports = ReturnType<typeof createAppealReports>;
