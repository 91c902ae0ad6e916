/** Russian bodies of the form endpoint's refusals. */
import type { FieldErrors } from '../../../content/schemas/forms/definition.ts';

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
