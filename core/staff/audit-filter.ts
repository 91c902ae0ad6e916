/**
 * The audit log's filters as they arrive in a query string (the console page and the CSV export
 * share them): action, part of the actor's e-mail, and a date range in the company's time zone.
 */
import { addDays, startOfLocalDay } from '../dates.ts';
import { isAuditAction, type AuditFilter } from './audit-actions.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
export const AUDIT_PAGE_SIZE = 50;

export interface AuditQuery {
  /** The values as typed, to fill the form again. */
  values: { action: string; actor: string; from: string; to: string; page: number };
  filter: AuditFilter;
  /** Russian messages by field name for values that were ignored. */
  errors: Partial<Record<'action' | 'from' | 'to', string>>;
}

export function parseAuditQuery(params: URLSearchParams, timeZone: string): AuditQuery {
  const action = params.get('action') ?? '';
  const actor = (params.get('actor') ?? '').trim();
  const from = (params.get('from') ?? '').trim();
  const to = (params.get('to') ?? '').trim();
  const page = Math.max(1, Math.trunc(Number(params.get('page') ?? '1')) || 1);
  const errors: AuditQuery['errors'] = {};
  const filter: AuditFilter = { limit: AUDIT_PAGE_SIZE, offset: (page - 1) * AUDIT_PAGE_SIZE };

  if (action && isAuditAction(action)) filter.action = action;
  else if (action) errors.action = 'Выберите действие из списка';
  if (actor) filter.actor = actor;
  if (from && DATE.test(from)) filter.from = startOfLocalDay(from, timeZone).toISOString();
  else if (from) errors.from = 'Введите дату начала в формате ГГГГ-ММ-ДД, например 2026-11-01';
  // «по» is inclusive: entries before the start of the next day.
  if (to && DATE.test(to)) filter.to = startOfLocalDay(addDays(to, 1), timeZone).toISOString();
  else if (to) errors.to = 'Введите дату окончания в формате ГГГГ-ММ-ДД, например 2026-11-30';

  return { values: { action, actor, from, to, page }, filter, errors };
}
