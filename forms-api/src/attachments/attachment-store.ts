/**
 * Attachments live on disk outside the web root (var/attachments by default), one folder per
 * upload, under random names; the database keeps the original name. E-mails carry signed links to
 * them instead of the files.
 */
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface IncomingFile {
  fileName: string;
  bytes: Buffer;
}

export interface StoredFile {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  storageKey: string;
}

/** How long a link in a specialist's e-mail works: longer than the longest answer deadline. */
export const ATTACHMENT_LINK_DAYS = 60;

export function createAttachmentStore(options: { dir: string; secret: string; now?: () => Date }) {
  const now = options.now ?? (() => new Date());
  // The expiry is part of the signed data, so it cannot be moved without the secret.
  const signature = (id: string, expires: string) =>
    createHmac('sha256', options.secret).update(`attachment.${id}.${expires}`).digest('base64url');
  return {
    async save(files: Array<IncomingFile & { contentType: string }>): Promise<StoredFile[]> {
      // Most submissions carry no file: no folder for them (a syscall per submission, empty folders on disk).
      if (files.length === 0) return [];
      const folder = randomUUID();
      await mkdir(join(options.dir, folder), { recursive: true });
      return Promise.all(
        files.map(async (file) => {
          const id = randomUUID();
          const storageKey = `${folder}/${id}`;
          await writeFile(join(options.dir, storageKey), file.bytes);
          return {
            id,
            fileName: file.fileName.slice(0, 200),
            contentType: file.contentType,
            size: file.bytes.length,
            storageKey,
          };
        }),
      );
    },
    /** Removes files of a submission that was not stored, so nothing unreferenced stays on disk. */
    async discard(files: StoredFile[]): Promise<void> {
      await Promise.all(files.map((file) => rm(join(options.dir, file.storageKey), { force: true })));
    },
    read: (storageKey: string) => readFile(join(options.dir, storageKey)),
    /** Path and query of a download link that only someone with the e-mail has, for a limited time. */
    link(id: string): string {
      const expires = String(Math.floor(now().getTime() / 1000) + ATTACHMENT_LINK_DAYS * 24 * 60 * 60);
      return `/api/forms/attachments/${id}?exp=${expires}&sig=${signature(id, expires)}`;
    },
    verify(id: string, expires: string, sig: string): boolean {
      if (!/^\d{1,12}$/.test(expires) || Number(expires) * 1000 < now().getTime()) return false;
      const expected = Buffer.from(signature(id, expires));
      const given = Buffer.from(sig);
      return expected.length === given.length && timingSafeEqual(expected, given);
    },
  };
}

export type AttachmentStore = ReturnType<typeof createAttachmentStore>;
