/**
 * `GET /api/monitoring/compliance/2026-11.json` and `.csv`: the monthly availability report for
 * auditors (the same numbers as the page /o-kompanii/pereryvy-v-rabote-sayta/otchet/).
 */
import type { FastifyInstance } from 'fastify';
import { complianceCsv } from '../compliance-csv.ts';
import { MONTH_PATTERN } from '../../../core/dates.ts';

const BAD_FILE = {
  error: 'Не найдено',
  message: 'Укажите месяц и формат в адресе, например /api/monitoring/compliance/2026-11.json или 2026-11.csv',
} as const;

export default function complianceRoutes(app: FastifyInstance, _options: unknown, done: () => void) {
  app.get<{ Params: { file: string } }>('/api/monitoring/compliance/:file', async (request, reply) => {
    const match = /^(\d{4}-\d{2})\.(json|csv)$/.exec(request.params.file);
    const month = match?.[1];
    if (!match || month === undefined || !MONTH_PATTERN.test(month)) return reply.code(404).send(BAD_FILE);
    const report = await app.monitoring.complianceReport(month);
    reply.header('Cache-Control', 'no-cache');
    if (match[2] === 'json') return reply.send(report);
    return reply
      .type('text/csv; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="site-availability-${month}.csv"`)
      .send(complianceCsv(report));
  });
  done();
}
