/**
 * Splits a request body into form fields and uploaded files. @fastify/multipart (with
 * attachFieldsToBody) gives every part as an object; urlencoded and JSON bodies have no files.
 * Files are checked here: allowed types by their bytes, and the total size.
 */
import type { FieldErrors } from '../../../content/schemas/forms/definition.ts';
import type { IncomingFile } from './attachment-store.ts';
import { detectAllowedType } from './file-type-check.ts';

export const ATTACHMENTS_FIELD = 'attachments';
export const MAX_FILES = 5;
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_TOTAL_BYTES = 20 * 1024 * 1024;

interface Part {
  type: 'file' | 'field';
  value?: unknown;
  filename?: string;
  _buf?: Buffer;
}

const isPart = (value: unknown): value is Part =>
  typeof value === 'object' && value !== null && 'type' in value && (value.type === 'file' || value.type === 'field');

export function splitBody(
  body: unknown,
  multipart: boolean,
): { fields: Record<string, unknown>; files: IncomingFile[] } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { fields: {}, files: [] };
  if (!multipart) return { fields: body as Record<string, unknown>, files: [] };
  const fields: Record<string, unknown> = {};
  const files: IncomingFile[] = [];
  for (const [name, raw] of Object.entries(body)) {
    const parts = (Array.isArray(raw) ? raw : [raw]).filter(isPart);
    for (const part of parts) {
      // An empty file input still sends a part with no name and no bytes.
      if (part.type === 'file' && part.filename && part._buf && part._buf.length > 0) {
        files.push({ fileName: part.filename, bytes: part._buf });
      } else if (part.type === 'field') {
        fields[name] = parts.length > 1 ? parts.map((each) => each.value) : part.value;
      }
    }
  }
  return { fields, files };
}

/** The name without its extension (if any), plus the given one; at most 200 characters in all. */
export function withExtension(fileName: string, ext: string): string {
  const base = fileName.replace(/\.[^.]{1,10}$/, '').slice(0, 190) || 'file';
  return `${base}.${ext}`;
}

export async function checkFiles(
  files: IncomingFile[],
  accepted: boolean,
): Promise<{ errors: FieldErrors; typed: Array<IncomingFile & { contentType: string }> }> {
  const error = (message: string) => ({ errors: [{ field: ATTACHMENTS_FIELD, message }], typed: [] });
  if (files.length === 0) return { errors: [], typed: [] };
  if (!accepted) return error('Эта форма не принимает файлы — опишите всё в тексте');
  const total = files.reduce((sum, file) => sum + file.bytes.length, 0);
  if (total > MAX_TOTAL_BYTES)
    return error('Общий размер файлов — не больше 20 МБ. Уменьшите сканы или приложите меньше файлов');
  const typed: Array<IncomingFile & { contentType: string }> = [];
  for (const file of files) {
    const type = await detectAllowedType(file.bytes, file.fileName);
    if (!type) {
      return error(
        `Файл «${file.fileName.slice(0, 80)}» не похож на PDF, JPG, PNG, HEIC, DOC, DOCX, XLS, XLSX или ODT. Приложите документ в одном из этих форматов`,
      );
    }
    // The name carries the detected type's extension: «scan.hta» holding a PDF is kept as «scan.pdf»,
    // so the download, the console's link and the e-mail never offer a program's extension.
    typed.push({ ...file, fileName: withExtension(file.fileName, type.ext), contentType: type.mime });
  }
  return { errors: [], typed };
}
