/**
 * `GET /api/staff/audit-log.csv`: the audit log with the console page's filters, as CSV, for a
 * руководитель or an аудитор. Access is checked by the staff plugin before this runs.
 */
import type { FastifyInstance } from 'fastify';
import { parseAuditQuery } from '../../../../../core/staff/audit-filter.ts';
import { CSV_BOM, csvLine } from '../../../../../core/csv.ts';
import { mayReadAuditLog } from '../../../../../core/staff/roles.ts';
import { AUDIT_ACTIONS, isAuditAction } from '../../../../../core/staff/audit-actions.ts';

/** Enough for years of entries; a wider export is a database job, not a web request. */
const EXPORT_LIMIT = 100_000;

export default function auditLogRoutes(app: FastifyInstance, options: { timeZone: string }, done: () => void) {
  app.get('/api/staff/audit-log.csv', async (request, reply) => {
    const session = request.staffSession;
    if (!session || !mayReadAuditLog(session.user.role)) {
      return reply.code(403).send({ error: 'Запрещено', message: 'Журнал действий доступен руководителю и аудитору' });
    }
    const query = parseAuditQuery(new URL(request.url, 'http://localhost').searchParams, options.timeZone);
    const entries = await app.staff.audit.list({ ...query.filter, limit: EXPORT_LIMIT, offset: 0 });
    await app.staff.audit.record({
      actorId: session.user.id,
      actorEmail: session.user.email,
      action: 'audit-log-exported',
      ip: request.ip,
      details: `${entries.length} записей`,
    });
    const header = csvLine(['Время (UTC)', 'Сотрудник', 'Действие', 'Объект', 'IP-адрес', 'Подробности'], ';');
    const rows = entries.map((entry) =>
      csvLine(
        [
          entry.at,
          entry.actor_email,
          isAuditAction(entry.action) ? AUDIT_ACTIONS[entry.action] : entry.action,
          entry.target,
          entry.ip,
          entry.details,
        ],
        ';',
      ),
    );
    return reply
      .type('text/csv; charset=utf-8')
      .header('Content-Disposition', 'attachment; filename="audit-log.csv"')
      .send(CSV_BOM + header + rows.join(''));
  });
  done();
}
