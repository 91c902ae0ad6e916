/**
 * `app.attachments`: uploaded documents, stored under ATTACHMENTS_DIR (outside the web root) and
 * downloadable only through the signed links in the specialists' e-mails
 * (../../routes/api/forms/attachments.ts), or by signed-in staff from the console
 * (../../routes/api/staff/attachments.ts).
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { createAttachmentStore, type AttachmentStore } from '../../attachments/attachment-store.ts';

declare module 'fastify' {
  interface FastifyInstance {
    attachments: AttachmentStore;
  }
}

export default fp(
  function attachments(
    app: FastifyInstance,
    options: { dir: string; secret: string; now?: () => Date },
    done: () => void,
  ) {
    app.decorate('attachments', createAttachmentStore(options));
    done();
  },
  { name: 'attachments', dependencies: ['database'] },
);
