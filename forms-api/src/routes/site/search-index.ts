/**
 * `GET /pagefind/{index,fragment,filter}/:file`: the site search's index files, and
 * `GET /pagefind/fragments?ids=…`: the data of the results a query shows, in one answer
 * (../../site/search-index-files.ts).
 */
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { DATA_FILE_HELMET } from '../../plugins/external/security-headers.ts';
import { FRAGMENT_ID, MAX_FRAGMENT_SET, createSearchIndexFiles } from '../../site/search-index-files.ts';
import { FOREVER } from '../../site/static-headers.ts';

const BAD_IDS = {
  error: 'Неверный запрос',
  message: `Параметр ids: перечислите через запятую от 1 до ${String(MAX_FRAGMENT_SET)} разных кодов результатов поиска, например ids=ru_1a2b3c4`,
} as const;
const STALE_IDS = {
  error: 'Не найдено',
  message: 'Параметр ids: таких результатов нет в поиске — сайт обновился. Повторите поиск.',
} as const;

/** The ids asked for, or undefined when the parameter is missing, repeated or malformed. */
function parseIds(query: unknown): string[] | undefined {
  const value = (query as Record<string, unknown> | undefined)?.['ids'];
  if (typeof value !== 'string') return undefined;
  const ids = value.split(',');
  const valid =
    ids.length <= MAX_FRAGMENT_SET && new Set(ids).size === ids.length && ids.every((id) => FRAGMENT_ID.test(id));
  return valid ? ids : undefined;
}

export default function searchIndexRoutes(app: FastifyInstance, _options: unknown, done: () => void) {
  const files = createSearchIndexFiles(join(app.siteBuild.clientDir, 'pagefind'));
  for (const folder of ['index', 'fragment', 'filter']) {
    app.get(`/pagefind/${folder}/:file`, { helmet: DATA_FILE_HELMET }, async (request, reply) => {
      const { file } = request.params as { file: string };
      if (!(await files.send(`${folder}/${file}`, request, reply))) reply.callNotFound();
      return reply;
    });
  }
  app.get('/pagefind/fragments', { helmet: DATA_FILE_HELMET }, async (request, reply) => {
    const ids = parseIds(request.query);
    if (!ids) return reply.code(400).header('Cache-Control', 'no-store').send(BAD_IDS);
    const set = await files.fragmentSet(ids, request.headers['accept-encoding'] ?? '');
    if (!set) return reply.code(404).header('Cache-Control', 'no-store').send(STALE_IDS);
    // The ids name the fragments' content: the same list always gets the same answer.
    reply.header('Cache-Control', FOREVER).header('Vary', 'Accept-Encoding').type('application/json; charset=utf-8');
    if (set.encoding !== 'identity') reply.header('Content-Encoding', set.encoding);
    return reply.send(set.body);
  });
  done();
}
