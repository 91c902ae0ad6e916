/**
 * Retention (issue 7): data past its keeping period is deleted by one command, and how much was
 * deleted is reported and written to the audit log. Each kind of data is a task; a feature that
 * stores personal data adds its own task to `retentionTasks` (see ./README.md).
 */
import type { Env } from '../config/env.ts';
import type { StaffService } from '../staff/service.ts';

export interface RetentionTask {
  /** What is deleted, in the report: «сеансы сотрудников». */
  label: string;
  /** Deletes what is past its period at `now`; returns how many records (rows or files) went. */
  run: (now: Date) => Promise<number>;
}

export function daysBefore(now: Date, days: number): Date {
  return new Date(now.getTime() - days * 24 * 60 * 60_000);
}

export function retentionTasks(env: Env, staff: StaffService): RetentionTask[] {
  return [
    { label: 'сеансы сотрудников (истёкшие и завершённые)', run: () => staff.sessions.deleteEnded() },
    {
      label: `записи журнала действий старше ${env.AUDIT_LOG_RETENTION_DAYS} дн.`,
      run: (now) => staff.audit.deleteOlderThan(daysBefore(now, env.AUDIT_LOG_RETENTION_DAYS)),
    },
    // Appeals and their files plug in here (SUBMISSION_RETENTION_DAYS), see ./README.md.
  ];
}

export async function runRetention(
  tasks: readonly RetentionTask[],
  staff: StaffService,
  now: Date,
  actorEmail: string,
): Promise<Array<{ label: string; deleted: number }>> {
  const report: Array<{ label: string; deleted: number }> = [];
  for (const task of tasks) report.push({ label: task.label, deleted: await task.run(now) });
  await staff.audit.record({
    actorId: null,
    actorEmail,
    action: 'retention-run',
    details: report.map((line) => `${line.label}: ${line.deleted}`).join('; '),
  });
  return report;
}
