/**
 * `GET /api/docs/openapi.json`: the form API described from the same zod schemas that validate it,
 * so the description cannot drift from the behaviour.
 */
import { fillTermsFromFile } from '../../../../../core/content/terms.ts';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { schemaOf, type FormDefinition } from '../../../../../content/schemas/forms/definition.ts';
import type { FieldSpec, RequiredWhen } from '../../../../../content/schemas/forms/fields.ts';
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

/**
 * What a value must be for a field to count as given: a ticked box, or a text that is not blank.
 * The field's example is repeated so that a sample built from the rule is still a valid value.
 */
function givenValue(spec: FieldSpec | undefined): Record<string, unknown> {
  if (spec?.kind === 'checkbox') return { const: true };
  return { type: 'string', pattern: '\\S', ...(spec?.example === undefined ? {} : { examples: [spec.example] }) };
}

/** A «required when» rule as JSON Schema `if`/`then`, so a generated client knows it too. */
function conditionalRequirement(form: FormDefinition, spec: FieldSpec, rule: RequiredWhen) {
  const other = form.fields.find((candidate) => candidate.name === rule.field);
  const condition = 'filled' in rule ? givenValue(other) : { enum: ([] as string[]).concat(rule.equals) };
  return {
    if: { properties: { [rule.field]: condition }, required: [rule.field] },
    then: { properties: { [spec.name]: givenValue(spec) }, required: [spec.name] },
  };
}

/** A form's request body: its fields, the always-required ones, and the «required when» rules. */
function requestSchema(form: FormDefinition) {
  const rules = form.fields.flatMap((spec) =>
    typeof spec.required === 'object' ? [conditionalRequirement(form, spec, spec.required)] : [],
  );
  return {
    ...z.toJSONSchema(schemaOf(form), { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }),
    required: form.fields.filter((spec) => spec.required === true).map((spec) => spec.name),
    ...(rules.length > 0 ? { allOf: rules } : {}),
  };
}

export function openApiDocument() {
  const paths = Object.fromEntries(
    forms.map((form) => {
      const schema = requestSchema(form);
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
    // 3.1: its schemas are JSON Schema 2020-12, which can state `if`/`then` rules.
    openapi: '3.1.0',
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
