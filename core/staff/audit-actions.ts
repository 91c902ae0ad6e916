/** What the staff audit log records, in Russian for the console, and how the log page filters it. */

/** Russian names of recorded actions, shown in the console's audit log page. */
export const AUDIT_ACTIONS = {
  'sign-in': 'Вход',
  'sign-in-failed': 'Неудачная попытка входа',
  'sign-in-throttled': 'Вход заблокирован: слишком много попыток',
  'sign-out': 'Выход',
  'request-refused': 'Запрос отклонён',
  'user-added': 'Добавлена учётная запись',
  'user-disabled': 'Учётная запись отключена',
  'user-enabled': 'Учётная запись включена',
  'password-reset': 'Пароль изменён',
  'audit-log-exported': 'Выгружен журнал действий',
  'report-exported': 'Выгружен отчёт по обращениям',
  'retention-run': 'Удалены устаревшие данные',
  'appeal-assigned': 'Назначен исполнитель обращения',
  'appeal-called-back': 'Записан звонок клиенту',
  'appeal-interim-answer': 'Записан промежуточный ответ',
  'appeal-final-answer': 'Записан ответ на обращение',
  'appeal-refused': 'Обращение оставлено без ответа по существу',
  'appeal-extended': 'Продлён срок ответа',
  'appeal-released': 'Обращение выпущено из карантина',
} as const;
export type AuditAction = keyof typeof AUDIT_ACTIONS;

export function isAuditAction(value: string): value is AuditAction {
  return Object.hasOwn(AUDIT_ACTIONS, value);
}

export interface AuditFilter {
  action?: AuditAction | undefined;
  /** Part of the actor's e-mail. */
  actor?: string | undefined;
  /** `YYYY-MM-DD`, inclusive, UTC instants as strings compare in order. */
  from?: string | undefined;
  to?: string | undefined;
  limit?: number;
  offset?: number;
}
