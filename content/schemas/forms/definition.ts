/** What defines a form of the Интернет-приёмная; each form file exports one of these. */
import { z } from 'zod';
import type { AppealKind } from '../sla.ts';
import { formSchema, type FieldSpec } from './fields.ts';

export interface FormDefinition {
  /** API path segment: `POST /api/forms/<type>`. */
  type: string;
  /** Registration-number prefix without look-alike Latin letters, e.g. «ВП» → «ВП-2026-000123». */
  prefix: string;
  title: string;
  /** Page of the form on the site. */
  pagePath: string;
  /** One sentence for the page's meta description and the list of forms. */
  description: string;
  /** Which SLA rule of content/sla.yaml sets its deadlines (working-day calendar, company time zone). */
  appealKind: AppealKind;
  /** «What happens next», shown on the page, the receipt and in the acknowledgement. */
  nextSteps: string;
  fields: FieldSpec[];
  /** Whether documents may be attached (up to 5 files, 20 МБ in all). */
  attachments?: boolean;
  /**
   * Other ways customers ask for the form («Как ещё спрашивают», search-phrases.ts): the site
   * search finds its page by them too; never shown.
   */
  searchPhrases?: readonly string[];
}

export type FieldErrors = Array<{ field: string; message: string }>;

export type FormValues = Record<string, string | boolean | undefined>;

export type Validation = { ok: true; data: FormValues } | { ok: false; errors: FieldErrors };

const schemas = new WeakMap<FormDefinition, z.ZodType<FormValues>>();

/** The form's zod schema, built once from its field list. */
export function schemaOf(form: FormDefinition): z.ZodType<FormValues> {
  let schema = schemas.get(form);
  if (!schema) {
    schema = formSchema(form.type, form.fields) as z.ZodType<FormValues>;
    schemas.set(form, schema);
  }
  return schema;
}

/** Validates a body; errors come in field order, one per field, as the error summary lists them. */
export function validateForm(form: FormDefinition, body: unknown): Validation {
  const input = typeof body === 'object' && body !== null && !Array.isArray(body) ? body : {};
  const result = schemaOf(form).safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  const byField = new Map<string, string>();
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? '');
    if (!byField.has(field)) byField.set(field, issue.message);
  }
  const errors = form.fields
    .filter((spec) => byField.has(spec.name))
    .map((spec) => ({ field: spec.name, message: byField.get(spec.name) ?? '' }));
  return { ok: false, errors };
}
