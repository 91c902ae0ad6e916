/** Russian error bodies shared by every handler. Never includes internals. */
export const API_NOT_FOUND = { error: 'Не найдено', message: 'Такого адреса в API нет' } as const;
export const SERVER_ERROR = {
  error: 'Внутренняя ошибка сервера',
  message: 'Попробуйте ещё раз через несколько минут',
} as const;

export const TOO_MANY = {
  error: 'Слишком много обращений',
  message: 'С вашего адреса отправлено слишком много обращений подряд. Подождите минуту и отправьте ещё раз.',
} as const;

/** Fastify's own client errors, in words a person understands. Unknown codes get a generic text. */
const CLIENT_ERROR_MESSAGES: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'Тело запроса не является корректным JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'Тело запроса пустое, а указан тип application/json',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'Этот тип содержимого не поддерживается',
  FST_ERR_CTP_BODY_TOO_LARGE: 'Запрос слишком большой: сократите текст и отправьте его ещё раз',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'Длина запроса указана неверно',
  FST_TOO_MANY_REQUESTS: TOO_MANY.message,
  FST_REQ_FILE_TOO_LARGE: 'Файлы: каждый файл — не больше 10 МБ. Уменьшите скан или разделите документ',
  FST_FILES_LIMIT: 'Файлы: приложите не больше 5 файлов',
  FST_FIELDS_LIMIT: 'Слишком много полей в форме',
  FST_PARTS_LIMIT: 'Слишком много частей в запросе',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'Этот тип содержимого не поддерживается',
};

export function clientErrorBody(code: string | undefined): { error: string; message: string } {
  return {
    error: 'Некорректный запрос',
    message: (code && CLIENT_ERROR_MESSAGES[code]) ?? 'Проверьте запрос и отправьте его ещё раз',
  };
}
