/**
 * Service levels for appeals (requirements §4.2 and §8): deadlines per kind of appeal are
 * configuration, not code. Every period counts from the day after registration; a deadline in
 * calendar days that falls on a day off moves to the next working day.
 */
import { z } from 'zod';

export const PeriodSchema = z.object({
  /** How many days, e.g. 30. */
  days: z.number().int().min(1, { message: 'Срок — не меньше 1 дня' }).max(90, { message: 'Срок — не больше 90 дней' }),
  /** «working» — рабочие дни по производственному календарю; «calendar» — календарные. */
  unit: z.enum(['working', 'calendar'], { message: 'Единица срока: working (рабочие) или calendar (календарные)' }),
});

export const APPEAL_KINDS = [
  'question',
  'appeal',
  'complaint',
  'supply-quality',
  'service-request',
  'contract',
  'readings',
  'reregistration',
  'pp24-request',
  'pd-request',
  'feedback',
] as const;

export const AppealKindSchema = z.enum(APPEAL_KINDS);
export type AppealKind = z.output<typeof AppealKindSchema>;

export const SlaRuleSchema = z.object({
  /** Which kind of appeal the rule is for. */
  kind: AppealKindSchema,
  /** Russian name shown to staff, e.g. «Вопрос специалисту». */
  title: z.string().min(3),
  /** Where the time limit comes from, e.g. «Стандарт, табл. 15.2». */
  basis: z.string().min(3, { message: 'Укажите основание срока' }),
  /** Answer on the merits. */
  final: PeriodSchema,
  /** Interim answer when the final one takes longer (Tomsk: 2 working days). Optional. */
  interim: PeriodSchema.optional(),
  /** A specialist calls back (service requests: 1 working day). Optional. */
  callback: PeriodSchema.optional(),
});

export const SlaSchema = z
  .object({
    /** Registration and hand-over to the specialist (Tomsk: 1 working day). */
    register: PeriodSchema,
    /** The longest extension of the final deadline, with a recorded reason (59-ФЗ: 30 days). */
    maxExtensionDays: z.number().int().min(0).max(30, { message: 'Продление — не больше 30 дней' }),
    rules: z.array(SlaRuleSchema),
  })
  .superRefine((sla, ctx) => {
    for (const kind of APPEAL_KINDS) {
      const count = sla.rules.filter((rule) => rule.kind === kind).length;
      if (count !== 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['rules'],
          message:
            count === 0 ? `Нет правила для вида обращения «${kind}»` : `Вид обращения «${kind}» указан ${count} раза`,
        });
      }
    }
  });

export type Sla = z.output<typeof SlaSchema>;
export type Period = z.output<typeof PeriodSchema>;
