/** Russian bodies of the form endpoint's refusals. */
import type { FieldErrors } from '../../../content/schemas/forms/definition.ts';
import { ATTACHMENTS_FIELD } from '../attachments/multipart-body.ts';
import { clientErrorBody } from './errors.ts';

export function formErrorBody(errors: FieldErrors) {
  return {
    error: 'Проверьте форму',
    message: errors.map((error) => error.message).join('. '),
    fields: errors,
  };
}

export function unknownFormBody(known: string[]) {
  return {
    error: 'Не найдено',
    message: `Такой формы нет. Формы Интернет-приёмной: ${known.join(', ')}`,
  };
}

export const UNSUPPORTED_BODY = {
  error: 'Некорректный запрос',
  message: 'Этот тип содержимого не поддерживается: отправьте форму как JSON, urlencoded или multipart/form-data',
} as const;

export const NOT_STORED = {
  error: 'Обращение не принято',
  message:
    'Не удалось сохранить обращение: сервис временно перегружен. Оно НЕ зарегистрировано — отправьте его ещё раз через минуту.',
} as const;

/** Refusals about the files, shown beside the file field; the rest concern the whole request. */
const FILE_REFUSALS = new Set(['FST_REQ_FILE_TOO_LARGE', 'FST_FILES_LIMIT']);

/**
 * A request refused before validation (too large, too many files, rate limited), as the form page
 * shows it: beside the file field, or with no field when the whole submission was refused.
 */
export function refusalErrors(code: string | undefined): FieldErrors {
  const { message } = clientErrorBody(code);
  return [{ field: code && FILE_REFUSALS.has(code) ? ATTACHMENTS_FIELD : '', message }];
}
