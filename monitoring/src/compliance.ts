/**
 * The monthly availability report for auditors (Tomsk standard 3.12–3.13): daytime breaks of the
 * site against the limits (at most 3 a month, 12 hours in total; exactly 3 and exactly 12 h
 * comply), and every notice's delay against the 2-hour limit. Planned maintenance counts too:
 * the standard only excuses force majeure, which staff must document separately.
 *
 * A report never certifies what was not measured: a month in the future, before monitoring began,
 * or with daytime hours when Uptime Kuma was not probing (a gap in its coverage) gets «нет данных»
 * and the reason, unless a breach was measured anyway.
 */
import { mergeSpans, uncovered, type Span } from './coverage.ts';
import { daytimeSlices, type DaytimeSlice } from './daytime.ts';
import type { OutageNotice } from './outage-notices.ts';
import { localMonth, MONTH_PATTERN, zonedInstant } from '../../core/dates.ts';

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

/**
 * `compliant` and `breach` are measured; `no-data` says the month cannot be judged:
 * `future` (not begun), `not-monitored` (no probes in it at all), `gaps` (daytime hours unprobed).
 */
export type Verdict = 'compliant' | 'breach' | 'no-data';
export type NoDataReason = 'future' | 'not-monitored' | 'gaps';

export interface ComplianceReport {
  /** `YYYY-MM`, local to the company. */
  month: string;
  timeZone: string;
  limits: typeof MONTHLY_LIMITS;
  /** The month's bounds (UTC ISO), and the part of it the report speaks for: up to now, or to the last import. */
  monthSpan: Span;
  covered: Span | null;
  /** The month is not over yet: a verdict holds only up to `covered.endedAt`. */
  inProgress: boolean;
  /** Stretches of the covered part with daytime hours in which Uptime Kuma was not probing. */
  gaps: Span[];
  outages: ReportedOutage[];
  daytimeBreaks: number;
  daytimeSeconds: number;
  noticesLate: number;
  breaches: { count: boolean; duration: boolean; lateNotices: boolean };
  verdict: Verdict;
  noDataReason: NoDataReason | null;
}

/** The instants a local month begins and ends. */
function monthBounds(month: string, timeZone: string): Span {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return {
    startedAt: new Date(zonedInstant(year, number, 1, 0, timeZone)).toISOString(),
    endedAt: new Date(zonedInstant(year, number + 1, 1, 0, timeZone)).toISOString(),
  };
}

/**
 * The part of the month that can be judged, and its daytime gaps. A month under way is judged up
 * to the last imported probe; a finished month to its end, so probes never imported are a gap.
 */
function measuredPart(monthSpan: Span, probed: readonly Span[], timeZone: string, now: string) {
  const coverage = mergeSpans(probed);
  const lastProbe = coverage.at(-1)?.endedAt ?? monthSpan.startedAt;
  const inProgress = now < monthSpan.endedAt;
  const end = inProgress ? (lastProbe < now ? lastProbe : now) : monthSpan.endedAt;
  const any = coverage.some((span) => span.startedAt < end && span.endedAt > monthSpan.startedAt);
  if (!any || end <= monthSpan.startedAt) return { covered: null, inProgress, gaps: [] };
  const gaps = uncovered(coverage, monthSpan.startedAt, end).filter(
    (gap) => daytimeSlices(gap.startedAt, gap.endedAt, timeZone).length > 0,
  );
  return { covered: { startedAt: monthSpan.startedAt, endedAt: end }, inProgress, gaps };
}

/**
 * The report for one local month from every published notice (any order) and the merged spans
 * when Uptime Kuma was probing (`coverage.ts`), as of `now` (UTC ISO).
 */
export function monthlyReport(
  notices: readonly OutageNotice[],
  month: string,
  timeZone: string,
  coverage: readonly Span[],
  now: string,
): ComplianceReport {
  if (!MONTH_PATTERN.test(month)) throw new Error(`Month must look like 2026-11, got «${month}»`);
  const monthSpan = monthBounds(month, timeZone);
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
  const { covered, inProgress, gaps } =
    now < monthSpan.startedAt
      ? { covered: null, inProgress: false, gaps: [] }
      : measuredPart(monthSpan, coverage, timeZone, now);
  const noDataReason: NoDataReason | null =
    now < monthSpan.startedAt ? 'future' : covered === null ? 'not-monitored' : gaps.length > 0 ? 'gaps' : null;
  // A breach that was measured stands, whatever was not.
  const breached = breaches.count || breaches.duration || breaches.lateNotices;
  return {
    month,
    timeZone,
    limits: MONTHLY_LIMITS,
    monthSpan,
    covered,
    inProgress,
    gaps,
    outages,
    daytimeBreaks: slices.length,
    daytimeSeconds,
    noticesLate,
    breaches,
    verdict: breached ? 'breach' : noDataReason === null ? 'compliant' : 'no-data',
    noDataReason: breached ? null : noDataReason,
  };
}
