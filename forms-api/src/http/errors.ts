import type { IncomingMessage } from 'node:http';
/** Russian error bodies shared by every handler. Never includes internals. */
export const API_NOT_FOUND = { error: 'Не найдено', message: 'Такого адреса в API нет' } as const;
export const SERVER_ERROR = {
  error: 'Внутренняя ошибка сервера',
  message: 'Попробуйте ещё раз через несколько минут',
} as const;

/** The database stayed locked by another process (a maintenance job) longer than the server waits. */
export const DATABASE_BUSY = {
  error: 'Сервис временно занят',
  message: 'Действие не выполнено: база данных занята. Повторите его через минуту.',
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
  FST_ERR_BAD_URL: 'Адрес страницы записан с ошибкой: проверьте его',
  FST_ERR_MAX_PARAM_LENGTH: 'Адрес страницы слишком длинный',
  FST_PROTO_VIOLATION: 'Поле с именем __proto__ недопустимо',
  FST_MULTIPART_BROKEN:
    'Тело multipart/form-data повреждено: нет границы частей (boundary) или она не совпадает с указанной в заголовке',
};

/**
 * The multipart parser (busboy) reports a missing or wrong boundary and a cut-off body as plain
 * errors without a status code; they are the client's fault, not the server's.
 */
const BROKEN_MULTIPART =
  /^(Multipart: Boundary not found|Boundary required|Unexpected end of multipart data|The needle cannot|\w+ terminated early due to unexpected end of multipart data)/;

/** The status and code of an error as the client should see them: broken multipart is a 400. */
export function clientView(error: { statusCode?: number; code?: string; message: string }): {
  status: number;
  code: string | undefined;
} {
  if (error.statusCode === undefined && BROKEN_MULTIPART.test(error.message))
    return { status: 400, code: 'FST_MULTIPART_BROKEN' };
  if (error.code?.startsWith('SQLITE_BUSY')) return { status: 503, code: 'DATABASE_BUSY' };
  const status = typeof error.statusCode === 'number' && error.statusCode >= 400 ? error.statusCode : 500;
  return { status, code: error.code };
}

export function clientErrorBody(code: string | undefined): { error: string; message: string } {
  return {
    error: 'Некорректный запрос',
    message: (code && CLIENT_ERROR_MESSAGES[code]) ?? 'Проверьте запрос и отправьте его ещё раз',
  };
}

/**
 * A body refused before it was read (too large, broken) is read to its end and dropped, and the
 * connection kept, so the answer is not lost: Fastify closes it, and closing a socket with unread
 * data makes the kernel reset the connection — the client may never see its 413. The request
 * timeout still bounds a body that never ends.
 */
export function drainRefusedBody(request: IncomingMessage, reply: { removeHeader: (name: string) => unknown }): void {
  if (request.complete) return;
  reply.removeHeader('connection');
  request.resume();
}
