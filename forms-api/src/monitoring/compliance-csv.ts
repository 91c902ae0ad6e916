/**
 * The monthly report as CSV for auditors: the month's standing (period measured, gaps, verdict),
 * then one row per break; local times, `;` and a BOM for Excel.
 */
import type { ComplianceReport } from './compliance.ts';
import { isoInZone } from '../../../core/dates.ts';
import { gapsText, spanText, verdictText } from '../../../core/monitoring/report-standing.ts';
import { t } from '../../../core/i18n/i18n.ts';

const HEADER = [
  'Номер',
  'Доступ прекращён',
  'Доступ возобновлён',
  'Длительность, мин',
  'В дневное время (07:00–23:00), мин',
  'Дневные части по дням',
  'Плановые работы',
  'Сообщение опубликовано',
  'Задержка публикации, мин',
  'Публикация позже 2 часов',
];

function cell(value: string | number): string {
  const text = String(value);
  return /[";\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const toMinutes = (seconds: number) => Math.round((seconds / 60) * 10) / 10;

/** The month's standing before the table: what was measured, and the verdict. */
function summary(report: ComplianceReport): (string | number)[][] {
  return [
    ['Месяц', report.month],
    [t('report.coverage'), report.covered === null ? t('report.noData') : spanText(report.covered, report.timeZone)],
    [t('report.gaps'), gapsText(report)],
    [t('report.breaks'), report.daytimeBreaks],
    ['В дневное время (07:00–23:00), мин', toMinutes(report.daytimeSeconds)],
    [t('report.verdict'), verdictText(report)],
    [],
  ];
}

export function complianceCsv(report: ComplianceReport): string {
  const rows = report.outages.map((outage) => [
    outage.id,
    isoInZone(outage.startedAt, report.timeZone),
    isoInZone(outage.endedAt, report.timeZone),
    toMinutes(outage.durationSeconds),
    toMinutes(outage.daytime.reduce((sum, slice) => sum + slice.seconds, 0)),
    outage.daytime.map((slice) => `${slice.date}: ${String(toMinutes(slice.seconds))}`).join(', '),
    outage.maintenance ? 'да' : 'нет',
    isoInZone(outage.notice.publishedAt, report.timeZone),
    toMinutes(outage.notice.delaySeconds),
    outage.notice.late ? 'да' : 'нет',
  ]);
  const lines = [...summary(report), HEADER, ...rows].map((row) => row.map(cell).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
