/** Facts about a file published under site/public/files/: shown next to every link (format, size). */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatFileSize } from '../../core/format.ts';

export interface PublicFileInfo {
  href: string;
  /** Upper-case extension, e.g. «XLSX». */
  format: string;
  /** Human size, e.g. «1,9 КБ». */
  size: string;
}

/** Fails the build, naming the path, when content points at a file that is not there. */
export function publicFileInfo(href: string): PublicFileInfo {
  // Pages are bundled before they run, so import.meta.url is no guide; builds run at the project root.
  const path = resolve(process.cwd(), `site/public${href}`);
  let bytes: number;
  try {
    bytes = statSync(path).size;
  } catch {
    throw new Error(
      `Файл ${href} указан в содержании сайта, но его нет в site/public${href}: загрузите файл или исправьте путь`,
    );
  }
  return { href, format: (href.split('.').at(-1) ?? '').toUpperCase(), size: formatFileSize(bytes) };
}
