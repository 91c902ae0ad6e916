import type { FieldErrors } from '../../content/schemas/forms/definition.ts';

/** What a form page shows again after an invalid post: the values as typed and the errors. */
export interface FormState {
  values: Record<string, string>;
  /** An error with an empty `field` concerns the whole submission (e.g. too many from one address). */
  errors: FieldErrors;
  /** The page's status code: 400 (the default) for field errors, 413 or 429 for a refused request. */
  status?: number;
  /** Files the post carried: a browser cannot be given a file back, so the page names them to attach again. */
  droppedFiles?: string[];
}
