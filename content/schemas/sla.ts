/**
 * Service levels for appeals (requirements §4.2 and §8): deadlines per kind of appeal are
 * configuration, not code. Every period counts from the day after registration; a deadline in
 * calendar days that falls on a day off moves to the next working day.
 */
import { z } from 'zod';

export const PeriodSchema = z.object({
  /** How many days, e.g. 30. */
  days: z
    .number()
    .int()
    .min(1, { message: 'Срок — не меньше 1 дня' })
    .max(90, { message: 'Срок — не больше 90 дней' })
    .meta({ title: 'Дней', description: 'От 1 до 90' }),
  /** «working» — рабочие дни по производственному календарю; «calendar» — календарные. */
  unit: z
    .enum(['working', 'calendar'], { message: 'Единица срока: working (рабочие) или calendar (календарные)' })
    .meta({
      title: 'Каких дней',
      description: 'Рабочие — по производственному календарю',
      optionLabels: { working: 'Рабочих', calendar: 'Календарных' },
    }),
});

const period = (title: string, description: string) => PeriodSchema.meta({ title, description });

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
  kind: AppealKindSchema.meta({ title: 'Вид обращения', description: 'Каждый вид — ровно одно правило' }),
  /** Russian name shown to staff, e.g. «Вопрос специалисту». */
  title: z
    .string()
    .min(3)
    .meta({ title: 'Название', description: 'Как его видят сотрудники, например «Вопрос специалисту»' }),
  /** Where the time limit comes from, e.g. «Стандарт, табл. 15.2». */
  basis: z
    .string()
    .min(3, { message: 'Укажите основание срока' })
    .meta({ title: 'Основание', description: 'Откуда срок, например «Стандарт, табл. 15.2»' }),
  /** Answer on the merits. */
  final: period('Ответ по существу', 'Срок со дня, следующего за регистрацией'),
  /** Interim answer when the final one takes longer (Tomsk: 2 working days). Optional. */
  interim: period('Промежуточный ответ', 'Если ответ по существу готовится дольше. Необязательно').optional(),
  /** A specialist calls back (service requests: 1 working day). Optional. */
  callback: period('Обратный звонок', 'Когда перезванивает специалист. Необязательно').optional(),
  /** A callback the customer asked for on the form («Перезвоните мне»; Tomsk: 5 working days). Optional. */
  callbackOnRequest: period(
    'Обратный звонок по просьбе клиента',
    'Если клиент отметил в форме «Перезвоните мне». Необязательно',
  ).optional(),
});

/** A deadline the site states that is not an appeal kind, e.g. the warning before a supply is suspended. */
export const SlaTermSchema = PeriodSchema.extend({
  /** Latin id used in text placeholders: «{{sla.terms.restriction-notice}}». */
  id: z
    .string()
    .regex(/^[a-z][a-z0-9-]*$/, { message: 'id — латиницей через дефис, например restriction-notice' })
    .meta({ title: 'Код', description: 'Латиницей, например restriction-notice; в тексте {{sla.terms.код}}' }),
  title: z
    .string()
    .min(3, { message: 'Опишите срок' })
    .meta({ title: 'Что за срок', description: 'Например «Предупреждение о приостановлении подачи»' }),
  basis: z
    .string()
    .min(3, { message: 'Укажите основание срока' })
    .meta({ title: 'Основание', description: 'Откуда срок, например «ПП РФ № 354, п. 119»' }),
});

/** Days of the month when readings of an individual meter count towards the month's bill. */
const DayOfMonthSchema = z
  .number()
  .int()
  .min(1, { message: 'День месяца — от 1 до 28' })
  .max(28, { message: 'День месяца — от 1 до 28' });

export const SlaSchema = z
  .object({
    /** Registration and hand-over to the specialist (Tomsk: 1 working day). */
    register: period('Регистрация', 'Срок регистрации и передачи специалисту'),
    /** The longest extension of the final deadline, with a recorded reason (59-ФЗ: 30 days). */
    maxExtensionDays: z
      .number()
      .int()
      .min(0)
      .max(30, { message: 'Продление — не больше 30 дней' })
      .meta({ title: 'Наибольшее продление, дней', description: 'С записанной причиной; не больше 30 (59-ФЗ)' }),
    rules: z
      .array(SlaRuleSchema)
      .meta({ title: 'Сроки по видам обращений', description: 'Каждый вид обращения — ровно одно правило' }),
    terms: z.array(SlaTermSchema).default([]).meta({
      title: 'Другие сроки',
      description: 'Сроки, которые называют страницы и ответы, кроме сроков обращений',
    }),
    readingsWindow: z
      .object({
        firstDay: DayOfMonthSchema.meta({ title: 'С какого числа', description: 'Первый день приёма, 1–28' }),
        lastDay: DayOfMonthSchema.meta({ title: 'По какое число', description: 'Последний день приёма, 1–28' }),
      })
      .refine((window) => window.firstDay <= window.lastDay, {
        message: 'Первый день приёма показаний позже последнего',
      })
      // ПП № 354, п. 31 «е1»: readings must be accepted at least from the 23rd to the 25th.
      .refine((window) => window.firstDay <= 23 && window.lastDay >= 25, {
        message: 'Приём показаний должен охватывать дни с 23-го по 25-е число (ПП № 354, п. 31 «е1»)',
      })
      .meta({
        title: 'Приём показаний',
        description: 'С какого по какое число месяца показания учитываются в расчёте',
      }),
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
