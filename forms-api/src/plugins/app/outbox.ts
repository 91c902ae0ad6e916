/**
 * The mail robot: the outbox worker with its transport (SMTP, or .eml files under var/). It sends
 * acknowledgements, specialist notifications and the company's letters about appeal events.
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { findForm } from '../../../../content/schemas/forms/index.ts';
import type { ServerContent } from '../../config/content.ts';
import type { Env } from '../../config/env.ts';
import { fromRepoRoot } from '../../../../core/repo-paths.ts';
import type { OutboxTable } from '../../db/schema.ts';
import { STATUS_PAGE_PATH } from '../../../../content/schemas/forms/status-lookup.ts';
import { findLetterEvent } from '../../appeals/appeal-view.ts';
import { composeAck, composeNotification } from '../../mail/compose.ts';
import { composeLetter, createLetterContext } from '../../mail/letter.ts';
import { createMailTransport } from '../../mail/transport.ts';
import { createOutboxWorker, type OutboxWorker } from '../../outbox/worker.ts';

declare module 'fastify' {
  interface FastifyInstance {
    outbox: OutboxWorker;
  }
}

export default fp(
  function outbox(
    app: FastifyInstance,
    options: { env: Env; content: Pick<ServerContent, 'company' | 'refusalGrounds' | 'calendar'> },
    done: () => void,
  ) {
    const { env } = options;
    const { company, refusalGrounds: grounds } = options.content;
    const statusPageUrl = `${env.PUBLIC_ORIGIN}${STATUS_PAGE_PATH}`;
    const context = createLetterContext(company, env.MAIL_FROM, statusPageUrl, options.content.calendar);
    const transport = createMailTransport({
      smtpUrl: env.SMTP_URL,
      from: env.MAIL_FROM,
      outboxDir: fromRepoRoot(env.MAIL_OUTBOX_DIR),
    });
    const { db, kind } = app.database;

    async function compose(row: OutboxTable) {
      const submission = await db
        .selectFrom('submissions')
        .selectAll()
        .where('id', '=', row.submission_id)
        .executeTakeFirstOrThrow();
      const form = findForm(submission.form_type);
      if (!form) throw new Error(`unknown form type ${submission.form_type}`);
      if (row.kind === 'ack') return composeAck(form, submission, row.recipient, context);
      if (row.kind === 'letter') {
        const event = row.event_id ? await findLetterEvent(db, row.event_id) : undefined;
        if (!event) throw new Error(`letter ${row.id} has no appeal event`);
        const basis = (code: string) => grounds.find((ground) => ground.code === code)?.basis;
        return composeLetter(form, submission, event, row.recipient, context, basis);
      }
      const files = await db
        .selectFrom('attachments')
        .select(['id', 'file_name', 'size'])
        .where('submission_id', '=', submission.id)
        .execute();
      const links = files.map((file) => ({
        fileName: file.file_name,
        size: file.size,
        url: `${env.PUBLIC_ORIGIN}${app.attachments.link(file.id)}`,
      }));
      return composeNotification(form, submission, row.recipient, context, links);
    }

    const worker = createOutboxWorker({
      db,
      kind,
      transport,
      compose,
      pollMs: env.OUTBOX_POLL_MS,
      leaseMs: env.OUTBOX_LEASE_MS,
      retryBaseMs: env.OUTBOX_RETRY_BASE_MS,
      maxAttempts: env.OUTBOX_MAX_ATTEMPTS,
      onError: (error) => {
        app.log.error({ err: error }, 'outbox pass failed');
      },
    });
    app.decorate('outbox', worker);
    app.addHook('onReady', () => {
      worker.start();
    });
    // Before the database plugin's own onClose hook destroys the pool.
    app.addHook('preClose', async () => {
      await worker.stop();
      transport.close();
    });
    done();
  },
  { name: 'outbox', dependencies: ['database', 'attachments'] },
);
