/**
 * `GET /api/docs/openapi.json`: the form API described from the same zod schemas that validate it,
 * so the description cannot drift from the behaviour.
 */
import { fillTermsFromFile } from '../../../../../core/content/terms.ts';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { schemaOf } from '../../../../../content/schemas/forms/definition.ts';
import { forms } from '../../../../../content/schemas/forms/index.ts';
import { appVersion } from '../../../config/version.ts';

const ERROR = {
  type: 'object',
  properties: {
    error: { type: 'string' },
    message: { type: 'string', description: 'По-русски, с названием поля' },
    fields: {
      type: 'array',
      items: { type: 'object', properties: { field: { type: 'string' }, message: { type: 'string' } } },
    },
  },
};

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

export function openApiDocument() {
  const paths = Object.fromEntries(
    forms.map((form) => {
      const schema = {
        ...z.toJSONSchema(schemaOf(form), { io: 'input', unrepresentable: 'any', target: 'openapi-3.0' }),
        required: form.fields.filter((spec) => spec.required === true).map((spec) => spec.name),
      };
      return [
        `/api/forms/${form.type}`,
        {
          post: {
            summary: form.title,
            description: fillTermsFromFile(`${form.description}\n\n${form.nextSteps}`),
            requestBody: {
              required: true,
              content: {
                'application/json': { schema },
                'application/x-www-form-urlencoded': { schema },
                ...(form.attachments ? { 'multipart/form-data': { schema } } : {}),
              },
            },
            responses: {
              '201': { description: 'Зарегистрировано (ответ на запрос с Accept: application/json)' },
              '303': { description: 'Зарегистрировано: переход на квитанцию (отправка формы без JavaScript)' },
              '400': errorResponse('Ошибки в полях'),
              '403': errorResponse('Запрос пришёл не с нашего сайта'),
              '413': errorResponse('Слишком большой запрос или слишком много файлов'),
              '429': errorResponse('Слишком много обращений с одного адреса'),
              '503': errorResponse('Не сохранено — отправьте ещё раз'),
            },
          },
        },
      ];
    }),
  );
  return {
    openapi: '3.0.3',
    info: { title: 'Интернет-приёмная', version: appVersion },
    paths,
    components: { schemas: { Error: ERROR } },
  };
}

export default function openApiRoutes(app: FastifyInstance, _options: unknown, done: () => void) {
  const document = openApiDocument();
  app.get('/api/docs/openapi.json', (_request, reply) => reply.send(document));
  done();
}
