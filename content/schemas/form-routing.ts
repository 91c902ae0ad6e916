/**
 * Who is notified about a new submission: rules by form type and, optionally, topic
 * (content/forms/routing.yaml, editable in the CMS). The first matching rule wins; `fallback`
 * catches everything else, so no submission goes unrouted.
 */
import { z } from 'zod';
import { EmailSchema } from './common.ts';

export const RoutingRuleSchema = z.object({
  /** Form type as in the API path, e.g. `question`. */
  form: z.string().min(1, { message: 'Укажите тип формы, например question' }),
  /** Topic value of the form's «Тема» field; omitted means any topic. */
  topic: z.string().min(1).optional(),
  /** Mailboxes of the responsible specialists, e.g. `billing@energosbyt.example`. */
  to: z.array(EmailSchema).min(1, { message: 'Укажите хотя бы один адрес специалиста' }),
});

export const FormRoutingSchema = z.object({
  /** Mailbox for submissions no rule matches, and for quarantined (suspected spam) ones. */
  fallback: z.array(EmailSchema).min(1, { message: 'Укажите хотя бы один адрес для остальных обращений' }),
  rules: z.array(RoutingRuleSchema),
});

export type FormRouting = z.output<typeof FormRoutingSchema>;

/** Recipients for a submission of `form` with `topic`. */
export function routeSubmission(routing: FormRouting, form: string, topic: string | undefined): string[] {
  const rule = routing.rules.find(
    (candidate) => candidate.form === form && (!candidate.topic || candidate.topic === topic),
  );
  return rule?.to ?? routing.fallback;
}
