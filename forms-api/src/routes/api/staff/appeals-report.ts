/**
 * `GET /api/staff/reports/appeals.csv?from=&to=`: the appeals behind the report, one line per
 * appeal, streamed as it is read (forms-api/src/appeals/report-rows.ts), for Excel: `;`, BOM,
 * Russian headers. No personal data. Any signed-in staff member; access is checked by the staff
 * plugin before this runs, and the export is recorded in the audit log.
 */
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { ReportRow } from '../../../appeals/report-rows.ts';
import { localDate } from '../../../../../core/dates.ts';
import { CSV_BOM, csvLine } from '../../../../../core/csv.ts';
import { parseReportQuery } from '../../../../../core/appeals/report-query.ts';

export const REPORT_CSV_HEADER = [
  'Регистрационный номер',
  'Вид обращения',
  'Тема',
  'Канал',
  'Статус',
  'Дата регистрации',
  'Срок ответа',
  'Дата ответа',
  'Ответ в срок',
  'Дней до ответа',
  'Оценка ответа',
];

export function reportCsvLine(row: ReportRow): string {
  return csvLine(
    [
      row.registrationNumber,
      row.type,
      row.topic,
      row.channel,
      row.statusName,
      row.registeredOn,
      row.finalDue,
      row.closedOn,
      row.onTime === null ? '' : row.onTime ? 'да' : 'нет',
      row.daysToAnswer,
      row.rating,
    ],
    ';',
  );
}

export default function appealsReportRoutes(
  app: FastifyInstance,
  options: { timeZone: string; now: () => Date },
  done: () => void,
) {
  app.get('/api/staff/reports/appeals.csv', async (request, reply) => {
    const session = request.staffSession;
    if (!session) return reply.code(401).send();
    const today = localDate(options.now(), options.timeZone);
    const query = parseReportQuery(new URL(request.url, 'http://localhost').searchParams, today);
    const [field, message] = Object.entries(query.errors)[0] ?? [];
    if (field && message) return reply.code(400).send({ error: 'Некорректный запрос', message, field });
    const { period } = query;
    await app.staff.audit.record({
      actorId: session.user.id,
      actorEmail: session.user.email,
      action: 'report-exported',
      ip: request.ip,
      details: `${period.from} — ${period.to}`,
    });
    async function* lines() {
      yield CSV_BOM + csvLine(REPORT_CSV_HEADER, ';');
      for await (const row of app.appealReports.rows(period, today)) yield reportCsvLine(row);
    }
    return reply
      .type('text/csv; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="appeals-${period.from}-${period.to}.csv"`)
      .send(Readable.from(lines()));
  });
  done();
}
