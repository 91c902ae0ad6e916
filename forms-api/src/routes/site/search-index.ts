/** `GET /pagefind/{index,fragment,filter}/:file`: the site search's index files (../../site/search-index-files.ts). */
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { DATA_FILE_HELMET } from '../../plugins/external/security-headers.ts';
import { createSearchIndexFiles } from '../../site/search-index-files.ts';

export default function searchIndexRoutes(app: FastifyInstance, _options: unknown, done: () => void) {
  const sendIndexFile = createSearchIndexFiles(join(app.siteBuild.clientDir, 'pagefind'));
  for (const folder of ['index', 'fragment', 'filter']) {
    app.get(`/pagefind/${folder}/:file`, { helmet: DATA_FILE_HELMET }, async (request, reply) => {
      const { file } = request.params as { file: string };
      if (!(await sendIndexFile(`${folder}/${file}`, request, reply))) reply.callNotFound();
      return reply;
    });
  }
  done();
}
