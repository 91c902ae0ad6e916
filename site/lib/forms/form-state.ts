import type { FieldErrors } from '../../../content/schemas/forms/definition.ts';

/** What a form page shows again after an invalid post: the values as typed and the errors. */
export interface FormState {
  values: Record<string, string>;
  errors: FieldErrors;
}
