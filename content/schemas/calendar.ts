/**
 * One year of the Russian working-day calendar, taken from the government's annual decree on
 * moving days off. Deadlines in working days are counted on it (requirements §9).
 */
import { z } from 'zod';

const MonthDaySchema = z
  .string()
  .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, {
    message: 'Дата в формате ММ-ДД, например 01-09',
  })
  .meta({ title: 'Дата', description: 'Месяц и день, например 01-09' });

export const CalendarYearSchema = z.object({
  /** The calendar year, e.g. 2026. */
  year: z.number().int().min(2000).max(2100).meta({ title: 'Год', description: 'Например 2027' }),
  /** The decree the data comes from, e.g. «ПП РФ от 04.10.2024 № 1335». */
  source: z
    .string()
    .min(10, { message: 'Укажите постановление, из которого взяты даты' })
    .meta({ title: 'Источник', description: 'Постановление Правительства РФ о переносе выходных дней' }),
  /** Monday–Friday dates that are days off (holidays and days moved by the decree). */
  nonWorkingWeekdays: z.array(MonthDaySchema).meta({
    title: 'Нерабочие дни с понедельника по пятницу',
    description: 'Праздники и перенесённые выходные в формате ММ-ДД, например 01-09',
  }),
  /** Saturdays and Sundays that the decree made working days. */
  workingWeekends: z.array(MonthDaySchema).default([]).meta({
    title: 'Рабочие субботы и воскресенья',
    description: 'Выходные, ставшие рабочими по постановлению, в формате ММ-ДД',
  }),
  /** Working days one hour shorter (Labour Code art. 95); they still count as working days. */
  shortened: z.array(MonthDaySchema).default([]).meta({
    title: 'Сокращённые дни',
    description: 'Предпраздничные дни на час короче (ст. 95 ТК РФ), в формате ММ-ДД',
  }),
  /** True while the file is derived by the Labour Code and not checked against the decree. */
  provisional: z.boolean().default(false).meta({
    title: 'Предварительный календарь',
    description: 'Отметьте, если даты взяты по Трудовому кодексу и ещё не сверены с постановлением о переносах',
  }),
  /** False while the shortened days are derived by rule and not checked against the decree. */
  shortenedVerified: z.boolean().default(true).meta({
    title: 'Сокращённые дни сверены с постановлением',
    description: 'Снимите отметку, если даты рассчитаны по правилу и ещё не сверены',
  }),
});

export type CalendarYear = z.output<typeof CalendarYearSchema>;
