/**
 * How the monthly availability report states its verdict and the period it speaks for: the same
 * words on the report page and in its CSV. A month that was not measured reads «Нет данных» with
 * the reason, never «соблюдены».
 */
import { formatDateTime } from '../dates.ts';
import { t } from '../i18n/i18n.ts';

interface Span {
  startedAt: string;
  endedAt: string;
}

/** The report's fields these texts need (the report itself is the server's). */
export interface ReportStanding {
  timeZone: string;
  verdict: 'compliant' | 'breach' | 'no-data';
  noDataReason: 'future' | 'not-monitored' | 'gaps' | null;
  inProgress: boolean;
  covered: Span | null;
  gaps: Span[];
}

/** «с 1 ноября 2026 г. в 00:00 по 4 декабря 2026 г. в 18:15» */
export function spanText(span: Span, timeZone: string): string {
  return `с ${formatDateTime(span.startedAt, timeZone)} по ${formatDateTime(span.endedAt, timeZone)}`;
}

/** The verdict in one or two sentences. */
export function verdictText(report: ReportStanding): string {
  if (report.verdict === 'breach') return t('report.notCompliant');
  if (report.verdict === 'compliant') {
    if (!report.inProgress || report.covered === null) return t('report.compliant');
    return `${t('report.compliantSoFar')} ${formatDateTime(report.covered.endedAt, report.timeZone)}.`;
  }
  if (report.noDataReason === 'future') return t('report.noDataFuture');
  if (report.noDataReason === 'gaps') return t('report.noDataGaps');
  return t('report.noDataUnmonitored');
}

/** The period with monitoring data, stated on the page and in the CSV. */
export function coveredText(report: ReportStanding): string {
  return report.covered === null
    ? t('report.noCoverage')
    : `${t('report.coverage')}: ${spanText(report.covered, report.timeZone)}.`;
}

/** Daytime stretches without monitoring, or «нет». */
export function gapsText(report: ReportStanding): string {
  return report.gaps.length === 0 ? 'нет' : report.gaps.map((gap) => spanText(gap, report.timeZone)).join('; ');
}

/** An indicator's status: a measured breach stands; otherwise an unmeasured month has no data. */
export function indicatorStatus(report: ReportStanding, breach: boolean): string {
  if (breach) return t('report.breach');
  return report.verdict === 'no-data' ? t('report.noData') : t('report.ok');
}
