/**
 * The specialist's actions on one appeal (issue 7): assign, record the callback, an interim answer,
 * the final answer, a refusal with its ground, an extension of the final deadline, and the release
 * of a quarantined submission. Each action updates the status and `next_due` (issue-7 data model),
 * writes an appeal event with its letter in one transaction, then records the audit-log entry.
 */
import type { Kysely, Transaction } from 'kysely';
import type { RefusalGround } from '../../../content/schemas/refusal-ground.ts';
import type { Sla } from '../../../content/schemas/sla.ts';
import type { WorkCalendar } from '../../../core/calendar/working-days.ts';
import type { DatabaseSchema, SubmissionStatus, SubmissionTable } from '../db/schema.ts';
import type { AuditLog } from '../staff/audit-log.ts';
import { replyChannelOf } from '../../../core/mail/reply-channel.ts';
import { newOutboxRow } from '../outbox/new-row.ts';
import { GUARD_MESSAGES } from '../staff/guard.ts';
import { mayChange, type StaffRole } from '../../../core/staff/roles.ts';
import type { FieldErrors } from '../../../content/schemas/forms/definition.ts';
import { actionSchemas, parseAction, type AppealAction } from '../../../core/appeals/action-input.ts';
import type { AppealEventKind } from './events.ts';
import { recordEvent } from './letter-outbox.ts';
import { storedDeadlines } from '../../../core/appeals/deadlines.ts';
import { type AuditAction } from '../../../core/staff/audit-actions.ts';
import { nextDue, OPEN_STATUSES, type AppealStatus } from '../../../core/appeals/status.ts';

export interface Actor {
  id: number;
  email: string;
  role: StaffRole;
}

export type ActionResult = { ok: true; action: AppealAction } | { ok: false; errors: FieldErrors; status: number };

export interface AppealWorkflowOptions {
  db: Kysely<DatabaseSchema>;
  sla: Sla;
  calendar: WorkCalendar;
  refusalGrounds: readonly RefusalGround[];
  audit: AuditLog;
  now?: () => Date;
  /** Called after a commit that queued mail, so it leaves at once (the outbox worker's kick). */
  onMailQueued?: () => void;
}

/** What each action changes: the event it records and the status it leaves the appeal in. */
interface Change {
  event: AppealEventKind;
  audit: AuditAction;
  status?: AppealStatus;
  body?: string | null;
  details?: Record<string, unknown>;
  set?: Partial<Pick<SubmissionTable, 'assignee_id' | 'called_back_at' | 'extended_final'>>;
}

/** Actions that answer the customer, and the status each leaves the appeal in. */
const ANSWERS = {
  interim: { event: 'interim-answer', audit: 'appeal-interim-answer', status: 'interim-answered' },
  final: { event: 'final-answer', audit: 'appeal-final-answer', status: 'answered' },
  refuse: { event: 'refusal', audit: 'appeal-refused', status: 'refused' },
} as const satisfies Record<string, Pick<Change, 'event' | 'audit' | 'status'>>;

const ALREADY_CLOSED = 'Обращение уже закрыто: ответ или отказ записан. Действие не выполнено.';
const CHANGED_MEANWHILE = 'Обращение только что изменил другой сотрудник. Обновите страницу и повторите действие.';

const fail = (status: number, field: string, message: string): ActionResult => ({
  ok: false,
  status,
  errors: [{ field, message }],
});

export function createAppealWorkflow(options: AppealWorkflowOptions) {
  const now = options.now ?? (() => new Date());
  const { db } = options;
  const schemas = actionSchemas(options.refusalGrounds, options.sla.maxExtensionDays);

  async function isAssignable(id: number): Promise<boolean> {
    const user = await db
      .selectFrom('staff_users')
      .select(['role', 'disabled'])
      .where('id', '=', id)
      .executeTakeFirst();
    return user !== undefined && user.disabled === 0 && mayChange(user.role as StaffRole);
  }

  /** The change an action makes to this appeal, or the reason it cannot be made. */
  async function plan(action: AppealAction, input: object, row: SubmissionTable): Promise<Change | ActionResult> {
    if (action === 'release') {
      if (row.status !== 'quarantined') return fail(409, 'actions', 'Обращение не в карантине.');
      return { event: 'released-from-quarantine', audit: 'appeal-released', status: 'registered' };
    }
    if (row.status === 'quarantined')
      return fail(409, 'actions', 'Обращение в карантине: сначала выпустите его из карантина.');
    if (!OPEN_STATUSES.includes(row.status)) return fail(409, 'actions', ALREADY_CLOSED);
    const given = input as Record<string, unknown>;
    switch (action) {
      case 'assign': {
        const assignee = given['assignee'] as number;
        if (!(await isAssignable(assignee))) return fail(400, 'assign-assignee', 'Выберите исполнителя из списка');
        return {
          event: 'assigned',
          audit: 'appeal-assigned',
          details: { assigneeId: assignee },
          set: { assignee_id: assignee },
        };
      }
      case 'callback':
        if (row.called_back_at) return fail(409, 'actions', 'Звонок по этой заявке уже записан.');
        return {
          event: 'called-back',
          audit: 'appeal-called-back',
          body: (given['note'] as string | undefined) ?? null,
          set: { called_back_at: now().toISOString() },
        };
      case 'interim':
      case 'final':
        return { ...ANSWERS[action], body: given['text'] as string };
      case 'refuse':
        return { ...ANSWERS.refuse, body: (given['text'] as string) || null, details: { ground: given['ground'] } };
      default: {
        if (row.extended_final)
          return fail(409, 'extend-days', 'Срок ответа уже продлевался: продлить его можно только один раз.');
        const from = storedDeadlines(row).final;
        const to = options.calendar.addCalendarDays(from, given['days'] as number);
        return {
          event: 'extension',
          audit: 'appeal-extended',
          body: given['reason'] as string,
          details: { from, to },
          set: { extended_final: to },
        };
      }
    }
  }

  /**
   * Performs the posted action on the appeal `registrationNumber` for `actor`. Invalid input and
   * impossible actions come back as field errors (the page re-renders them); nothing is half-done.
   */
  async function perform(
    registrationNumber: string,
    actor: Actor,
    form: Record<string, string>,
    ip: string | null = null,
    /** Only check that the action would be accepted now (before the letter is shown for confirmation). */
    dryRun = false,
  ): Promise<ActionResult> {
    if (!mayChange(actor.role)) return fail(403, 'actions', GUARD_MESSAGES.readOnly);
    const parsed = parseAction(schemas, form);
    if (!parsed.ok) return { ok: false, status: 400, errors: parsed.errors };
    const row = await db
      .selectFrom('submissions')
      .selectAll()
      .where('registration_number', '=', registrationNumber)
      .executeTakeFirst();
    if (!row) return fail(404, 'actions', 'Обращение с таким номером не найдено.');
    const change = await plan(parsed.action, parsed.input, row);
    if ('ok' in change) return change;
    if (dryRun) return { ok: true, action: parsed.action };

    const at = now().toISOString();
    // Any staff action takes a new appeal into work; answers and refusals close it.
    const status: SubmissionStatus = change.status ?? (row.status === 'registered' ? 'in-progress' : row.status);
    const progress = {
      status: status === 'quarantined' ? 'registered' : status,
      calledBack: (change.set?.called_back_at ?? row.called_back_at) !== null,
      extendedFinal: change.set?.extended_final ?? row.extended_final ?? undefined,
    };
    const closes = status === 'answered' || status === 'refused';
    const committed = await db.transaction().execute(async (trx) => {
      // Optimistic: the update only applies if nobody changed the appeal since it was read.
      const updated = await trx
        .updateTable('submissions')
        .set({
          ...change.set,
          status,
          next_due: nextDue(storedDeadlines(row), progress),
          ...(closes ? { closed_at: at } : {}),
        })
        .where('id', '=', row.id)
        .where('status', '=', row.status)
        .where((eb) =>
          row.extended_final === null
            ? eb('extended_final', 'is', null)
            : eb('extended_final', '=', row.extended_final),
        )
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 0) return false;
      await recordEvent(trx, {
        submission: row,
        kind: change.event,
        actorId: actor.id,
        body: change.body ?? null,
        ...(change.details ? { details: change.details } : {}),
        at,
      });
      // The acknowledgement withheld while the submission was in quarantine leaves now.
      if (parsed.action === 'release') await queueWithheldAck(trx, row, at);
      return true;
    });
    if (!committed) return fail(409, 'actions', CHANGED_MEANWHILE);
    await options.audit.record({
      actorId: actor.id,
      actorEmail: actor.email,
      action: change.audit,
      target: registrationNumber,
      ip,
      details: change.details && 'ground' in change.details ? String(change.details['ground']) : null,
    });
    options.onMailQueued?.();
    return { ok: true, action: parsed.action };
  }

  return { perform };
}

async function queueWithheldAck(trx: Transaction<DatabaseSchema>, row: SubmissionTable, at: string): Promise<void> {
  const reply = replyChannelOf(JSON.parse(row.payload) as Record<string, unknown>);
  if (reply.channel !== 'email') return;
  await trx
    .insertInto('outbox')
    .values(
      newOutboxRow({ submissionId: row.id, kind: 'ack', recipient: reply.address, dedupeKey: `ack:${row.id}`, at }),
    )
    .onConflict((conflict) => conflict.column('dedupe_key').doNothing())
    .execute();
}

export type AppealWorkflow = ReturnType<typeof createAppealWorkflow>;
