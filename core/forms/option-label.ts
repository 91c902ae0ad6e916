/** A submitted value as the customer chose it: the option's label, «да»/«нет» for a checkbox. */
import type { FormDefinition } from '../../content/schemas/forms/definition.ts';

export function optionLabel(form: FormDefinition, field: string, value: unknown): string {
  const spec = form.fields.find((candidate) => candidate.name === field);
  if (typeof value === 'boolean') return value ? 'да' : 'нет';
  const option = spec?.options?.find((candidate) => candidate.value === value);
  return option?.label ?? String(value);
}
