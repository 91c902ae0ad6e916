/**
 * `POST /api/forms/:type` for every form. One endpoint serves both kinds of client:
 * - `Accept: application/json` (the page's script): 201 with the receipt, or 400 with field errors;
 * - a plain HTML form post without JavaScript: 303 to the receipt page, or the form page
 *   re-rendered with the entered values and the error summary — also when the request is refused
 *   before validation (413 too large, 429 too many), with that status code (answerRefusal).
 * «Принято» is only ever said after the transaction has committed.
 */
import { fillTermsFromFile } from '../../../../../core/content/terms.ts';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { findForm, forms } from '../../../../../content/schemas/forms/index.ts';
import {
  validateForm,
  type FieldErrors,
  type FormDefinition,
} from '../../../../../content/schemas/forms/definition.ts';
import { deadlineLines } from '../../../../../core/appeals/deadlines.ts';
import { checkFiles, splitBody } from '../../../attachments/multipart-body.ts';
import type { IncomingFile } from '../../../attachments/attachment-store.ts';
import { formTokenOf } from '../../../antispam/spam-check.ts';
import {
  formErrorBody,
  NOT_STORED,
  refusalErrors,
  UNSUPPORTED_BODY,
  unknownFormBody,
} from '../../../http/form-errors.ts';
import { TOO_MANY, clientView, drainRefusedBody } from '../../../http/errors.ts';
import { fieldNameErrors } from '../../../http/form-fields.ts';
import { deadlineText } from '../../../../../core/calendar/provisional-date.ts';
import type { WorkCalendar } from '../../../../../core/calendar/working-days.ts';

export const RECEIPT_PATH = '/internet-priemnaya/prinyato/';

/** What a form or its script sends; anything else (text/plain, XML…) is refused with 415. */
const ACCEPTED_BODY = /^(application\/json|application\/x-www-form-urlencoded|multipart\/form-data)\b/i;

function wantsJson(request: FastifyRequest): boolean {
  return /application\/json/i.test(request.headers.accept ?? '');
}

/** Form fields as the page shows them again: strings only, never files or nested objects. */
function enteredValues(body: unknown): Record<string, string> {
  if (typeof body !== 'object' || body === null) return {};
  return Object.fromEntries(
    Object.entries(body).flatMap(([key, value]) => (typeof value === 'string' ? [[key, value]] : [])),
  );
}

async function rejectInvalid(
  app: FastifyInstance,
  request: FastifyRequest,
  reply: FastifyReply,
  form: FormDefinition,
  fields: Record<string, unknown>,
  errors: FieldErrors,
  files: readonly IncomingFile[] = [],
) {
  if (wantsJson(request) || !app.hasDecorator('renderSitePage')) return reply.code(400).send(formErrorBody(errors));
  return app.renderSitePage(request, reply, form.pagePath, {
    formState: {
      values: enteredValues(fields),
      errors,
      droppedFiles: files.map((file) => file.fileName.slice(0, 80)),
    },
  });
}

/**
 * A post refused before the handler ran (body or file too large, too many files, rate limited)
 * is answered like an invalid one, with its own status code: the page's script gets the reason as
 * a field error (the file field, or none), and a no-JS post gets its form page back with whatever
 * the person typed that was read before the refusal. 5xx and unknown forms go to the app's handler.
 */
function answerRefusal(app: FastifyInstance) {
  return (error: FastifyError, request: FastifyRequest<{ Params: { type: string } }>, reply: FastifyReply) => {
    const { status, code } = clientView(error);
    const form = findForm(request.params.type);
    if (status >= 500 || !form) throw error;
    drainRefusedBody(request.raw, reply);
    const errors = refusalErrors(code);
    if (wantsJson(request) || !app.hasDecorator('renderSitePage'))
      return reply.code(status).send(formErrorBody(errors));
    // A multipart body keeps the fields read before the part that broke a limit (form fields come before files).
    const { fields } = splitBody(request.body, request.isMultipart());
    return app.renderSitePage(request, reply, form.pagePath, {
      formState: { values: enteredValues(fields), errors, status },
    });
  };
}

export default function formRoutes(
  app: FastifyInstance,
  options: { rateLimitMax: number; calendar: Pick<WorkCalendar, 'uncheckedYears'> },
  done: () => void,
) {
  app.setErrorHandler(answerRefusal(app));
  const rateLimit = {
    max: options.rateLimitMax,
    timeWindow: '1 minute',
    // Counted once the body is read, so a refused person's form comes back with what they typed.
    // Floods of large bodies are for the reverse proxy in front (README: nginx `limit_req`) to stop.
    hook: 'preHandler' as const,
    // Thrown to answerRefusal above, which turns the code into the Russian text.
    errorResponseBuilder: () => ({ statusCode: 429, code: 'FST_TOO_MANY_REQUESTS', message: TOO_MANY.message }),
  };
  app.post<{ Params: { type: string } }>('/api/forms/:type', { config: { rateLimit } }, async (request, reply) => {
    if (!ACCEPTED_BODY.test(request.headers['content-type'] ?? '')) return reply.code(415).send(UNSUPPORTED_BODY);
    const form = findForm(request.params.type);
    if (!form) return reply.code(404).send(unknownFormBody(forms.map((known) => known.type)));

    const { fields, files } = splitBody(request.body, request.isMultipart());
    // In a form post a field sent twice arrives as an array; in JSON an array is just a wrong value.
    const nameErrors = /json/i.test(request.headers['content-type'] ?? '') ? [] : fieldNameErrors(form, fields);
    if (nameErrors.length > 0) return rejectInvalid(app, request, reply, form, fields, nameErrors, files);
    const validation = validateForm(form, fields);
    const fileCheck = await checkFiles(files, form.attachments === true);
    const errors = [...(validation.ok ? [] : validation.errors), ...fileCheck.errors];
    if (!validation.ok || errors.length > 0) return rejectInvalid(app, request, reply, form, fields, errors, files);

    const stored = await app.attachments.save(fileCheck.typed);
    let receipt;
    try {
      receipt = await app.submissions.submit(form, validation.data, {
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? '',
        spam: await app.antispam.check(form.type, fields),
        files: stored,
        ...formTokenOf(fields),
      });
    } catch (error) {
      await app.attachments.discard(stored);
      // Busy, locked or unreachable database: nothing was stored, so the person must not be told otherwise.
      request.log.error({ err: error, form: form.type }, 'submission not stored');
      return reply.code(503).header('Retry-After', '30').send(NOT_STORED);
    }
    app.outbox.kick();
    request.log.info({ form: form.type, registrationNumber: receipt.registrationNumber }, 'submission accepted');

    const receiptUrl = `${RECEIPT_PATH}?r=${receipt.receiptToken}`;
    if (!wantsJson(request)) return reply.code(303).header('Location', receiptUrl).send();
    return reply.code(201).send({
      registrationNumber: receipt.registrationNumber,
      createdAt: receipt.createdAt,
      replyDue: receipt.replyDue,
      deadlines: deadlineLines(receipt.deadlines).map(([label, date]) => ({
        label,
        date,
        text: deadlineText(date, options.calendar),
      })),
      nextSteps: fillTermsFromFile(form.nextSteps),
      receiptUrl,
    });
  });
  done();
}
