/**
 * What a specialist submits in the console for each action, validated with Russian messages that
 * name the field. Error keys are `<action>-<field>`: the ids of the inputs on the appeal page, so
 * the GOV.UK error summary links straight to them.
 */
import { z } from 'zod';
import type { FieldErrors } from '../../content/schemas/forms/definition.ts';
import type { RefusalGround } from '../../content/schemas/refusal-ground.ts';

export const APPEAL_ACTIONS = ['assign', 'callback', 'interim', 'final', 'refuse', 'extend', 'release'] as const;
export type AppealAction = (typeof APPEAL_ACTIONS)[number];

const MAX_TEXT = 20_000;

function letterText(what: string) {
  return z
    .string({ message: `Введите ${what}` })
    .trim()
    .min(1, { message: `Введите ${what}` })
    .max(MAX_TEXT, { message: `${what[0]?.toUpperCase() ?? ''}${what.slice(1)} — не длиннее ${MAX_TEXT} символов` });
}

export function actionSchemas(grounds: readonly RefusalGround[], maxExtensionDays: number) {
  const codes = grounds.map((ground) => ground.code);
  return {
    assign: z.object({
      assignee: z.coerce
        .number({ message: 'Выберите исполнителя' })
        .int({ message: 'Выберите исполнителя' })
        .positive({ message: 'Выберите исполнителя' }),
    }),
    callback: z.object({
      note: z.string().trim().max(2000, { message: 'Итог звонка — не длиннее 2000 символов' }).optional(),
    }),
    interim: z.object({ text: letterText('текст промежуточного ответа') }),
    final: z.object({ text: letterText('текст ответа') }),
    refuse: z
      .object({
        ground: z.string({ message: 'Выберите основание' }).refine((code) => codes.includes(code), {
          message: 'Выберите основание из списка',
        }),
        text: z
          .string()
          .trim()
          .max(MAX_TEXT, { message: `Текст уведомления — не длиннее ${MAX_TEXT} символов` }),
      })
      .superRefine((input, ctx) => {
        const ground = grounds.find((candidate) => candidate.code === input.ground);
        if (ground?.noticeRequired && input.text === '')
          ctx.addIssue({ code: 'custom', path: ['text'], message: 'Введите текст уведомления клиенту' });
      }),
    extend: z.object({
      days: z.coerce
        .number({ message: 'Срок продления — число дней, например 10' })
        .int({ message: 'Срок продления — целое число дней' })
        .min(1, { message: 'Срок продления — не меньше 1 дня' })
        .max(maxExtensionDays, { message: `Срок продления — не больше ${maxExtensionDays} календарных дней` }),
      reason: letterText('причину продления'),
    }),
    release: z.object({}),
  } satisfies Record<AppealAction, z.ZodType>;
}

type ActionSchemas = ReturnType<typeof actionSchemas>;
type ActionInput<A extends AppealAction> = z.output<ActionSchemas[A]>;

export type ParsedAction =
  | { [A in AppealAction]: { ok: true; action: A; input: ActionInput<A> } }[AppealAction]
  | { ok: false; errors: FieldErrors };

export function isAppealAction(value: unknown): value is AppealAction {
  return typeof value === 'string' && (APPEAL_ACTIONS as readonly string[]).includes(value);
}

/** Reads the posted form: which action, and its fields; empty strings count as not given. */
export function parseAction(schemas: ActionSchemas, form: Record<string, string>): ParsedAction {
  const action = form['action'];
  if (!isAppealAction(action)) return { ok: false, errors: [{ field: 'actions', message: 'Выберите действие' }] };
  const fields = Object.fromEntries(Object.entries(form).filter(([, value]) => value !== '' || action === 'refuse'));
  const result = schemas[action].safeParse(fields);
  if (!result.success) {
    const errors = new Map<string, string>();
    for (const issue of result.error.issues) {
      const field = `${action}-${String(issue.path[0] ?? '')}`;
      if (!errors.has(field)) errors.set(field, issue.message);
    }
    return { ok: false, errors: [...errors].map(([field, message]) => ({ field, message })) };
  }
  return { ok: true, action, input: result.data } as ParsedAction;
}
