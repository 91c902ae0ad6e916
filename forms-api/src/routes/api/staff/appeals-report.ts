/**
 * `GET /api/staff/reports/appeals.csv?from=&to=`: the appeals behind the report, one line per
 * appeal, streamed as it is read (forms-api/src/appeals/report-rows.ts), and
 * `GET /api/staff/reports/satisfaction.csv?from=&to=`: the monthly satisfaction table; for Excel: `;`,
 * BOM, Russian headers. No personal data. Any signed-in staff member; access is checked by the staff
 * plugin before this runs, and the export is recorded in the audit log.
 */
import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ReportRow } from '../../../appeals/report-rows.ts';
import { localDate } from '../../../../../core/dates.ts';
import { CSV_BOM, csvLine } from '../../../../../core/csv.ts';
import {
  parseReportQuery,
  type MonthSatisfaction,
  type ReportPeriod,
} from '../../../../../core/appeals/report-query.ts';
import { formatDecimal } from '../../../../../core/format.ts';

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

/** Monthly satisfaction with the answers (Tomsk Глава 6), as the reports page shows it. */
export const SATISFACTION_CSV_HEADER = ['Месяц', 'Оценок', 'Средняя оценка', 'Доля оценок 4 и 5, %'];

export function satisfactionCsvLine(month: MonthSatisfaction): string {
  // A month without ratings certifies nothing: «нет данных», not 0.
  const measured = (value: number | null, show: (known: number) => string) =>
    value === null ? 'нет данных' : show(value);
  return csvLine(
    [
      month.month,
      month.ratings,
      measured(month.average, formatDecimal),
      measured(month.satisfiedShare, (share) => formatDecimal(share * 100)),
    ],
    ';',
  );
}

export default function appealsReportRoutes(
  app: FastifyInstance,
  options: { timeZone: string; now: () => Date },
  done: () => void,
) {
  /** The period asked for, after the session check, the Russian 400 and the audit record; or null when answered. */
  async function exportedPeriod(
    request: FastifyRequest,
    reply: FastifyReply,
    /** Names the export in the audit log when it is not the appeals list. */
    what?: string,
  ): Promise<{ period: ReportPeriod; today: string } | null> {
    const session = request.staffSession;
    if (!session) {
      await reply.code(401).send();
      return null;
    }
    const today = localDate(options.now(), options.timeZone);
    const query = parseReportQuery(new URL(request.url, 'http://localhost').searchParams, today);
    const [field, message] = Object.entries(query.errors)[0] ?? [];
    if (field && message) {
      await reply.code(400).send({ error: 'Некорректный запрос', message, field });
      return null;
    }
    const { period } = query;
    await app.staff.audit.record({
      actorId: session.user.id,
      actorEmail: session.user.email,
      action: 'report-exported',
      ip: request.ip,
      details: `${what ? `${what}: ` : ''}${period.from} — ${period.to}`,
    });
    return { period, today };
  }

  function sendCsv(
    reply: FastifyReply,
    name: string,
    period: ReportPeriod,
    lines: Iterable<string> | AsyncIterable<string>,
  ) {
    return reply
      .type('text/csv; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="${name}-${period.from}-${period.to}.csv"`)
      .send(Readable.from(lines));
  }

  app.get('/api/staff/reports/appeals.csv', async (request, reply) => {
    const asked = await exportedPeriod(request, reply);
    if (!asked) return reply;
    const { period, today } = asked;
    async function* lines() {
      yield CSV_BOM + csvLine(REPORT_CSV_HEADER, ';');
      for await (const row of app.appealReports.rows(period, today)) yield reportCsvLine(row);
    }
    return sendCsv(reply, 'appeals', period, lines());
  });

  app.get('/api/staff/reports/satisfaction.csv', async (request, reply) => {
    const asked = await exportedPeriod(request, reply, 'Удовлетворённость ответами');
    if (!asked) return reply;
    const { period, today } = asked;
    const report = await app.appealReports.build(period, today);
    function* lines() {
      yield CSV_BOM + csvLine(SATISFACTION_CSV_HEADER, ';');
      for (const month of report.satisfaction) yield satisfactionCsvLine(month);
    }
    return sendCsv(reply, 'satisfaction', period, lines());
  });
  done();
}
