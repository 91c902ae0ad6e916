/**
 * Which uploads are accepted, decided by the file's bytes, not its name: a renamed program is
 * refused even when it is called «скан.pdf». Old Word/Excel files share one container format
 * (CFB), so for those the extension picks between .doc and .xls.
 * @see https://github.com/sindresorhus/file-type
 */
import { fileTypeFromBuffer } from 'file-type';

const ALLOWED_BY_BYTES: Record<string, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  png: 'image/png',
  heic: 'image/heic',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
};
const LEGACY_OFFICE: Record<string, string> = { doc: 'application/msword', xls: 'application/vnd.ms-excel' };

export async function detectAllowedType(
  bytes: Uint8Array,
  fileName: string,
): Promise<{ ext: string; mime: string } | null> {
  const detected = await fileTypeFromBuffer(bytes);
  if (!detected) return null;
  const allowed = ALLOWED_BY_BYTES[detected.ext];
  if (allowed) return { ext: detected.ext, mime: allowed };
  const extension = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const legacy = LEGACY_OFFICE[extension];
  return detected.ext === 'cfb' && legacy ? { ext: extension, mime: legacy } : null;
}
