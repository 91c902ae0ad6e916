/**
 * Retention (issue 7): data past its keeping period is deleted by one command, and how much was
 * deleted is reported and written to the audit log. Each kind of data is a task; a feature that
 * stores personal data adds its own task to `retentionTasks` (see ./README.md).
 */
import { USED_TOKENS_KEPT_DAYS } from '../antispam/form-token.ts';
import type { UsedFormTokens } from '../antispam/used-tokens.ts';
import type { StatusLookup } from '../appeals/status-lookup.ts';
import type { Env } from '../config/env.ts';
import type { StaffService } from '../staff/service.ts';
import { APPEAL_RETENTION_LABELS, type AppealRetention } from './appeals.ts';

export interface RetentionTask {
  /** What is deleted, in the report: «сеансы сотрудников». */
  label: string;
  /**
   * Deletes what is past its period at `now`; returns how many records (rows or files) went, or,
   * for data deleted together, how many of each kind by its Russian name.
   */
  run: (now: Date) => Promise<number | Record<string, number>>;
}

/** The stores retention deletes from, assembled once by the command (and by tests). */
export interface RetentionStores {
  staff: StaffService;
  appeals: AppealRetention;
  statusLookup: StatusLookup;
  usedFormTokens: UsedFormTokens;
}

export function daysBefore(now: Date, days: number): Date {
  return new Date(now.getTime() - days * 24 * 60 * 60_000);
}

export function retentionTasks(
  env: Env,
  { staff, appeals, statusLookup, usedFormTokens }: RetentionStores,
): RetentionTask[] {
  return [
    { label: 'сеансы сотрудников (истёкшие и завершённые)', run: () => staff.sessions.deleteEnded() },
    {
      label: `записи журнала действий старше ${env.AUDIT_LOG_RETENTION_DAYS} дн.`,
      run: (now) => staff.audit.deleteOlderThan(daysBefore(now, env.AUDIT_LOG_RETENTION_DAYS)),
    },
    {
      label: `закрытые более ${env.SUBMISSION_RETENTION_DAYS} дн. назад обращения (и из карантина)`,
      async run(now) {
        const counts = await appeals.deleteOlderThan(daysBefore(now, env.SUBMISSION_RETENTION_DAYS));
        return Object.fromEntries(
          Object.entries(APPEAL_RETENTION_LABELS).map(([key, label]) => [label, counts[key as keyof typeof counts]]),
        );
      },
    },
    // Only the current window is ever counted; a day keeps a margin for investigating abuse.
    {
      label: 'попытки узнать статус старше суток',
      run: (now) => statusLookup.deleteAttemptsBefore(daysBefore(now, 1)),
    },
    {
      label: `отметки об отправке с открытых страниц форм старше ${String(USED_TOKENS_KEPT_DAYS)} дн.`,
      run: (now) => usedFormTokens.deleteUsedBefore(daysBefore(now, USED_TOKENS_KEPT_DAYS)),
    },
  ];
}

export async function runRetention(
  tasks: readonly RetentionTask[],
  staff: StaffService,
  now: Date,
  actorEmail: string,
): Promise<Array<{ label: string; deleted: number }>> {
  const report: Array<{ label: string; deleted: number }> = [];
  for (const task of tasks) {
    const deleted = await task.run(now);
    if (typeof deleted === 'number') report.push({ label: task.label, deleted });
    else
      for (const [kind, count] of Object.entries(deleted))
        report.push({ label: `${task.label}: ${kind}`, deleted: count });
  }
  await staff.audit.record({
    actorId: null,
    actorEmail,
    action: 'retention-run',
    details: report.map((line) => `${line.label}: ${line.deleted}`).join('; '),
  });
  return report;
}
