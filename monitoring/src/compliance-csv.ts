/** The monthly report as CSV for auditors: one row per break, local times, `;` and a BOM for Excel. */
import type { ComplianceReport } from './compliance.ts';
import { toCsv } from '../../core/csv.ts';
import { isoInZone } from '../../core/dates.ts';

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
] as const;

type Row = Record<(typeof HEADER)[number], string | number>;

const toMinutes = (seconds: number) => Math.round((seconds / 60) * 10) / 10;

export function complianceCsv(report: ComplianceReport): string {
  const rows = report.outages.map((outage): Row => ({
    Номер: outage.id,
    'Доступ прекращён': isoInZone(outage.startedAt, report.timeZone),
    'Доступ возобновлён': isoInZone(outage.endedAt, report.timeZone),
    'Длительность, мин': toMinutes(outage.durationSeconds),
    'В дневное время (07:00–23:00), мин': toMinutes(outage.daytime.reduce((sum, slice) => sum + slice.seconds, 0)),
    'Дневные части по дням': outage.daytime
      .map((slice) => `${slice.date}: ${String(toMinutes(slice.seconds))}`)
      .join(', '),
    'Плановые работы': outage.maintenance ? 'да' : 'нет',
    'Сообщение опубликовано': isoInZone(outage.notice.publishedAt, report.timeZone),
    'Задержка публикации, мин': toMinutes(outage.notice.delaySeconds),
    'Публикация позже 2 часов': outage.notice.late ? 'да' : 'нет',
  }));
  return toCsv(rows, HEADER, ';');
}
