/**
 * Field names and repeats a form never sends. Urlencoded and multipart bodies arrive as plain
 * name → value maps, so a script can add `__proto__[isStaff]=1` or send a field twice; JSON bodies
 * are already refused for prototype keys by Fastify's parser. Both get a field message here.
 */
import type { FieldErrors, FormDefinition } from '../../../content/schemas/forms/definition.ts';

/** Names that address an object's prototype, anywhere in a bracketed or dotted name. */
const PROTOTYPE_KEY = /(^|[[.])(__proto__|constructor|prototype)([[\].]|$)/;

/** `application/x-www-form-urlencoded` into a map without a prototype; a repeated name keeps every value. */
export function parseUrlencoded(text: string): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = Object.create(null) as Record<string, string | string[]>;
  for (const [name, value] of new URLSearchParams(text)) {
    const seen = fields[name];
    fields[name] = seen === undefined ? value : [...([] as string[]).concat(seen), value];
  }
  return fields;
}

/** Refusals for prototype keys and for a form's field sent more than once (a form post's array). */
export function fieldNameErrors(form: FormDefinition, fields: Record<string, unknown>): FieldErrors {
  const errors: FieldErrors = [];
  for (const [name, value] of Object.entries(fields)) {
    if (PROTOTYPE_KEY.test(name)) {
      errors.push({
        field: name.slice(0, 40),
        message: `Поле «${name.slice(0, 40)}» недопустимо: в форме такого поля нет`,
      });
      continue;
    }
    const spec = form.fields.find((field) => field.name === name);
    if (spec && Array.isArray(value))
      errors.push({ field: name, message: `Поле «${spec.label}» передано несколько раз — оставьте одно значение` });
  }
  return errors;
}
