/**
 * Who is notified about a new submission: rules by form type and, optionally, topic
 * (content/forms/routing.yaml, editable in the CMS as «Получатели обращений»). The first matching
 * rule wins; `fallback` catches everything else, so no submission goes unrouted.
 */
import { z } from 'zod';
import { EmailSchema } from './common.ts';
import { findForm, forms } from './forms/index.ts';

const MailboxesSchema = z.array(
  EmailSchema.meta({ title: 'Адрес', description: 'Почтовый ящик специалиста, например raschety@energosbyt.ru' }),
);

export const RoutingRuleSchema = z
  .object({
    /** Form type as in the API path, e.g. `question`. */
    form: z
      .enum(forms.map((form) => form.type) as [string, ...string[]], {
        message: `Укажите тип формы: ${forms.map((form) => form.type).join(', ')}`,
      })
      .meta({ title: 'Форма', description: 'Тип формы, как в адресе API: question — «Вопрос специалисту» и т. д.' }),
    /** Topic value of the form's «Тема» field; omitted means any topic. */
    topic: z
      .string()
      .min(1)
      .optional()
      .meta({ title: 'Тема', description: 'Значение поля «Тема» формы, например billing; пусто — любая тема' }),
    /** Mailboxes of the responsible specialists, e.g. `billing@energosbyt.example`. */
    to: MailboxesSchema.min(1, { message: 'Укажите хотя бы один адрес специалиста' }).meta({
      title: 'Кому',
      description: 'Адреса ответственных специалистов',
    }),
  })
  .refine(
    (rule) =>
      rule.topic === undefined ||
      Boolean(
        findForm(rule.form)
          ?.fields.find((field) => field.name === 'topic')
          ?.options?.some((option) => option.value === rule.topic),
      ),
    {
      message: 'У этой формы нет такой темы: укажите значение из списка тем формы или оставьте поле пустым',
      path: ['topic'],
    },
  );

export const FormRoutingSchema = z.object({
  /** Mailbox for submissions no rule matches, and for quarantined (suspected spam) ones. */
  fallback: MailboxesSchema.min(1, { message: 'Укажите хотя бы один адрес для остальных обращений' }).meta({
    title: 'Остальные обращения',
    description: 'Сюда приходят обращения, к которым не подошло ни одно правило, и подозрительные (карантин)',
  }),
  rules: z.array(RoutingRuleSchema).meta({
    title: 'Правила',
    description: 'Проверяются сверху вниз, срабатывает первое подходящее: ставьте правила с темой выше общих',
  }),
});

export type FormRouting = z.output<typeof FormRoutingSchema>;

/** Recipients for a submission of `form` with `topic`. */
export function routeSubmission(routing: FormRouting, form: string, topic: string | undefined): string[] {
  const rule = routing.rules.find(
    (candidate) => candidate.form === form && (!candidate.topic || candidate.topic === topic),
  );
  return rule?.to ?? routing.fallback;
}
