/**
 * The monthly availability report for auditors (Tomsk standard 3.12–3.13): daytime breaks of the
 * site against the limits (at most 3 a month, 12 hours in total; exactly 3 and exactly 12 h
 * comply), and every notice's delay against the 2-hour limit. Planned maintenance counts too:
 * the standard only excuses force majeure, which staff must document separately.
 */
import { daytimeSlices, type DaytimeSlice } from './daytime.ts';
import type { OutageNotice } from './outage-notices.ts';
import { localMonth, MONTH_PATTERN } from '../../core/dates.ts';

export const MONTHLY_LIMITS = { count: 3, totalSeconds: 12 * 60 * 60 } as const;

export interface ReportedOutage {
  id: number;
  startedAt: string;
  endedAt: string;
  durationSeconds: number;
  maintenance: boolean;
  /** Daytime parts inside this month; each one counts as one break. */
  daytime: DaytimeSlice[];
  notice: { publishedAt: string; delaySeconds: number; late: boolean };
}

export interface ComplianceReport {
  /** `YYYY-MM`, local to the company. */
  month: string;
  timeZone: string;
  limits: typeof MONTHLY_LIMITS;
  outages: ReportedOutage[];
  daytimeBreaks: number;
  daytimeSeconds: number;
  noticesLate: number;
  breaches: { count: boolean; duration: boolean; lateNotices: boolean };
  compliant: boolean;
}

/** The report for one local month from every published notice (any order). */
export function monthlyReport(notices: readonly OutageNotice[], month: string, timeZone: string): ComplianceReport {
  if (!MONTH_PATTERN.test(month)) throw new Error(`Month must look like 2026-11, got «${month}»`);
  const outages = notices
    .map((notice): ReportedOutage => {
      const daytime = daytimeSlices(notice.startedAt, notice.endedAt, timeZone).filter((slice) =>
        slice.date.startsWith(`${month}-`),
      );
      return {
        id: notice.id,
        startedAt: notice.startedAt,
        endedAt: notice.endedAt,
        durationSeconds: notice.durationSeconds,
        maintenance: notice.maintenance,
        daytime,
        notice: { publishedAt: notice.publishedAt, delaySeconds: notice.delaySeconds, late: notice.late },
      };
    })
    .filter((outage) => outage.daytime.length > 0 || localMonth(outage.endedAt, timeZone) === month)
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  const slices = outages.flatMap((outage) => outage.daytime);
  const daytimeSeconds = slices.reduce((sum, slice) => sum + slice.seconds, 0);
  const noticesLate = outages.filter((outage) => outage.notice.late).length;
  const breaches = {
    count: slices.length > MONTHLY_LIMITS.count,
    duration: daytimeSeconds > MONTHLY_LIMITS.totalSeconds,
    lateNotices: noticesLate > 0,
  };
  return {
    month,
    timeZone,
    limits: MONTHLY_LIMITS,
    outages,
    daytimeBreaks: slices.length,
    daytimeSeconds,
    noticesLate,
    breaches,
    compliant: !breaches.count && !breaches.duration && !breaches.lateNotices,
  };
}
