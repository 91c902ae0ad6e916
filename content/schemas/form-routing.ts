/**
 * Who is notified about a new submission: rules by form type and, optionally, topic
 * (content/forms/routing.yaml, editable in the CMS). The first matching rule wins; `fallback`
 * catches everything else, so no submission goes unrouted.
 */
import { z } from 'zod';
import { EmailSchema } from './common.ts';

const MAILBOX = EmailSchema.meta({ title: 'Адрес', description: 'Электронная почта, например uchet@example.ru' });

export const RoutingRuleSchema = z.object({
  /** Form type as in the API path, e.g. `question`. */
  form: z
    .string()
    .min(1, { message: 'Укажите тип формы, например question' })
    .meta({ title: 'Форма', description: 'Тип формы латиницей, как в адресе API, например question' }),
  /** Topic value of the form's «Тема» field; omitted means any topic. */
  topic: z
    .string()
    .min(1)
    .optional()
    .meta({ title: 'Тема', description: 'Значение поля «Тема» формы, например billing. Пусто — любая тема' }),
  /** Mailboxes of the responsible specialists, e.g. `billing@energosbyt.example`. */
  to: z
    .array(MAILBOX)
    .min(1, { message: 'Укажите хотя бы один адрес специалиста' })
    .meta({ title: 'Кому', description: 'Адреса ответственных специалистов' }),
});

export const FormRoutingSchema = z.object({
  /** Mailbox for submissions no rule matches, and for quarantined (suspected spam) ones. */
  fallback: z
    .array(MAILBOX)
    .min(1, { message: 'Укажите хотя бы один адрес для остальных обращений' })
    .meta({ title: 'Остальные обращения', description: 'Куда идут обращения, которым не подошло ни одно правило' }),
  rules: z
    .array(RoutingRuleSchema)
    .meta({ title: 'Правила', description: 'Срабатывает первое подходящее правило: частные — выше общих' }),
});

export type FormRouting = z.output<typeof FormRoutingSchema>;

/** Recipients for a submission of `form` with `topic`. */
export function routeSubmission(routing: FormRouting, form: string, topic: string | undefined): string[] {
  const rule = routing.rules.find(
    (candidate) => candidate.form === form && (!candidate.topic || candidate.topic === topic),
  );
  return rule?.to ?? routing.fallback;
}
