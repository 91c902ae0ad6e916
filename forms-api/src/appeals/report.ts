/**
 * The marketing department's report on appeals for a period (Tomsk Глава 4 Раздел 1 п. 6): counts
 * by type, topic, channel and month, the share answered on time and the median time to answer.
 * Built from ./report-rows.ts, so the page, the chart and the CSV export agree.
 */
import type { Kysely } from 'kysely';
import { addDays } from '../calendar/dates.ts';
import type { DatabaseSchema } from '../db/schema.ts';
import { reportRows, type ReportPeriod, type ReportRow } from './report-rows.ts';

export interface Count {
  label: string;
  count: number;
}

export interface MonthCount {
  /** `YYYY-MM`. */
  month: string;
  /** «ноябрь 2026». */
  label: string;
  registered: number;
  closed: number;
  closedOnTime: number;
}

export interface AppealReport {
  period: ReportPeriod;
  total: number;
  byType: Count[];
  byTopic: Count[];
  byChannel: Count[];
  byMonth: MonthCount[];
  /** Appeals whose timeliness is decided: closed, or open past the final deadline. */
  decided: number;
  onTime: number;
  /** onTime / decided, or null when nothing is decided yet. */
  onTimeShare: number | null;
  closed: number;
  /** Median calendar days from registration to the answer or refusal, over closed appeals. */
  medianDays: number | null;
}

export interface ReportQuery {
  /** The values as typed, to fill the form again. */
  values: { from: string; to: string };
  period: ReportPeriod;
  /** Russian messages by field for values that were replaced by the defaults. */
  errors: Partial<Record<'from' | 'to', string>>;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (value: string) => DATE.test(value) && !Number.isNaN(Date.parse(value));

/** From/to in a query string; by default the twelve months up to today (company time zone). */
export function parseReportQuery(params: URLSearchParams, today: string): ReportQuery {
  const from = (params.get('from') ?? '').trim();
  const to = (params.get('to') ?? '').trim();
  const errors: ReportQuery['errors'] = {};
  const [year = 0, month = 1] = today.split('-').map(Number);
  const defaultFrom = new Date(Date.UTC(year, month - 12, 1)).toISOString().slice(0, 10);
  let period = { from: defaultFrom, to: today };
  if (from && !isDate(from)) errors.from = 'Введите дату начала в формате ГГГГ-ММ-ДД, например 2026-01-01';
  if (to && !isDate(to)) errors.to = 'Введите дату окончания в формате ГГГГ-ММ-ДД, например 2026-12-31';
  if (!errors.from && !errors.to) {
    const wanted = { from: from || defaultFrom, to: to || today };
    if (wanted.from > wanted.to) errors.to = 'Дата окончания должна быть не раньше даты начала';
    else period = wanted;
  }
  return { values: { from, to }, period, errors };
}

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
  const name = new Intl.DateTimeFormat('ru-RU', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  for (let month = period.from.slice(0, 7); month <= period.to.slice(0, 7);) {
    const label = name.format(new Date(`${month}-01T12:00:00Z`)).replace(/\s*г\.$/, '');
    months.push({ month, label, registered: 0, closed: 0, closedOnTime: 0 });
    month = addDays(`${month}-28`, 5).slice(0, 7);
  }
  return months;
}

export function summarize(period: ReportPeriod, rows: Iterable<ReportRow>): AppealReport {
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
      return summarize(period, rows);
    },
  };
}

export type AppealReports = ReturnType<typeof createAppealReports>;
