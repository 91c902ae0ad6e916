/** Every form of the Интернет-приёмная, by its API type. */
import type { FormDefinition } from './definition.ts';
import { questionForm } from './question.ts';

export const forms: readonly FormDefinition[] = [questionForm];

export function findForm(type: string): FormDefinition | undefined {
  return forms.find((form) => form.type === type);
}
