/**
 * Describes a form's fields once; the zod schema (API validation, OpenAPI) and the page markup
 * (labels, hints, required marks, maxlength, options) are both derived from this description.
 */
import { z } from 'zod';
import { messageFor } from './messages.ts';

export type FieldKind = 'text' | 'textarea' | 'email' | 'tel' | 'radios' | 'select' | 'checkbox';

export interface FieldOption {
  value: string;
  label: string;
}

export type RequiredWhen = { field: string; equals: string | string[] } | { field: string; filled: true };

/** Whether a conditionally required field is required, given the other (already parsed) values. */
export function isRequiredGiven(rule: RequiredWhen, values: Record<string, unknown>): boolean {
  const other = values[rule.field];
  if ('filled' in rule) return other !== undefined && other !== false;
  return typeof other === 'string' && ([] as string[]).concat(rule.equals).includes(other);
}

export interface FieldSpec {
  /** Name in the request body and id of the input. */
  name: string;
  kind: FieldKind;
  label: string;
  hint?: string;
  /**
   * `true`, or required only when another field has one of some values (reply channel → contact,
   * company → ИНН), or when another field is filled in (contacts given → consent).
   */
  required: boolean | RequiredWhen;
  /** Maximum length in characters, after trimming. */
  max?: number;
  options?: FieldOption[];
  /** HTML autocomplete token, e.g. `family-name`. */
  autocomplete?: string;
  /** Keypad on phones: `numeric` for digits only (ИНН, лицевой счёт), `decimal` for meter readings. */
  inputmode?: 'numeric' | 'decimal';
  /**
   * The shape of the trimmed value as a regular expression; published in the OpenAPI description so
   * a generated client checks it too. Failing it gives the `format` message.
   */
  pattern?: string;
  /**
   * A value that passes the checks, published in OpenAPI (`examples`), so that a client generated
   * from the description sends a value the API accepts (forms-api/test/app/openapi-rules.test.ts).
   */
  example?: string;
  /** A format check a pattern cannot state (checksums, parsing); failing it gives the `format` message. */
  check?: (value: string) => boolean;
  /** Canonical form stored and mailed, e.g. a phone as +7XXXXXXXXXX. */
  normalize?: (value: string) => string;
}

/**
 * C0 controls except tab and line breaks, DEL, and U+FFFD — what invalid UTF-8 decodes to: never
 * legitimate in a form field.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point of this pattern.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/;

function matchesFormat(spec: FieldSpec, value: string): boolean {
  if (spec.pattern !== undefined && !new RegExp(spec.pattern, 'u').test(value)) return false;
  return spec.check === undefined || spec.check(value);
}

function textField(form: string, spec: FieldSpec): z.ZodType<string | undefined> {
  const message = (rule: 'required' | 'max' | 'format' | 'control') => messageFor(form, spec.name, rule, spec.label);
  const max = spec.max ?? 200;
  // The example sits on the input side: zod leaves a transforming schema's examples out of its input description.
  const input = z
    .string({ error: (issue) => (issue.input === undefined ? message('required') : message('format')) })
    .meta(spec.example === undefined ? {} : { examples: [spec.example] });
  return input.optional().transform((value, ctx) => {
    const trimmed = (value ?? '').trim();
    if (trimmed === '') {
      if (spec.required === true) ctx.addIssue({ code: 'custom', message: message('required') });
      return undefined;
    }
    if (CONTROL_CHARACTERS.test(trimmed)) ctx.addIssue({ code: 'custom', message: message('control') });
    else if (trimmed.length > max) ctx.addIssue({ code: 'custom', message: message('max') });
    else if (!matchesFormat(spec, trimmed)) ctx.addIssue({ code: 'custom', message: message('format') });
    return spec.normalize ? spec.normalize(trimmed) : trimmed;
  });
}

function choiceField(form: string, spec: FieldSpec): z.ZodType<string | undefined> {
  const values = (spec.options ?? []).map((option) => option.value);
  const required = messageFor(form, spec.name, 'required', spec.label);
  return z
    .unknown()
    .optional()
    .transform((value, ctx) => {
      if (typeof value === 'string' && values.includes(value)) return value;
      if ((value === undefined || value === '') && spec.required !== true) return undefined;
      ctx.addIssue({ code: 'custom', message: required });
      return undefined;
    })
    .meta({ type: 'string', enum: values });
}

function checkboxField(form: string, spec: FieldSpec): z.ZodType<boolean> {
  const required = messageFor(form, spec.name, 'required', spec.label);
  return z
    .unknown()
    .optional()
    .transform((value, ctx) => {
      const ticked = value === true || value === 'on' || value === 'true';
      if (!ticked && spec.required === true) ctx.addIssue({ code: 'custom', message: required });
      return ticked;
    })
    .meta({ type: 'boolean' });
}

export function fieldSchema(form: string, spec: FieldSpec): z.ZodType {
  if (spec.kind === 'checkbox') return checkboxField(form, spec).meta({ title: spec.label });
  if (spec.kind === 'radios' || spec.kind === 'select') return choiceField(form, spec).meta({ title: spec.label });
  // The checks run in a transform, which JSON Schema cannot see: state the limits for OpenAPI.
  return textField(form, spec).meta({
    title: spec.label,
    type: 'string',
    maxLength: spec.max ?? 200,
    ...(spec.pattern === undefined ? {} : { pattern: spec.pattern }),
    ...(spec.kind === 'email' ? { format: 'email' } : {}),
  });
}

/** The zod schema of a whole form: every field, plus «required when» rules across fields. */
export function formSchema(form: string, fields: FieldSpec[]) {
  const shape = Object.fromEntries(fields.map((spec) => [spec.name, fieldSchema(form, spec)]));
  return z.object(shape).superRefine(
    (values: Record<string, unknown>, ctx) => {
      for (const spec of fields) {
        const rule = spec.required;
        if (typeof rule !== 'object' || !isRequiredGiven(rule, values)) continue;
        if (values[spec.name] !== undefined && values[spec.name] !== false) continue;
        ctx.addIssue({
          code: 'custom',
          path: [spec.name],
          message: messageFor(form, spec.name, 'required', spec.label),
        });
      }
    },
    {
      // Run even when single fields failed, so the error summary lists every problem at once.
      when: () => true,
    },
  );
}
