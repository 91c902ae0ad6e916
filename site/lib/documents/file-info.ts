import { statSync } from 'node:fs';
import { join } from 'node:path';

export interface FileInfo {
  /** «PDF» */
  format: string;
  /** «24 КБ», «1,2 МБ» */
  size: string;
}

const sizeFormat = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 1 });

/** Format and size of a file under site/public, read at build; a missing file fails the build. */
export function fileInfo(publicPath: string, root = process.cwd()): FileInfo {
  let bytes: number;
  try {
    bytes = statSync(join(root, 'site/public', publicPath)).size;
  } catch {
    throw new Error(`content/documents.yaml: файл ${publicPath} не найден в site/public`);
  }
  const size =
    bytes < 1024 * 1024
      ? `${sizeFormat.format(Math.ceil(bytes / 1024))} КБ`
      : `${sizeFormat.format(bytes / 1024 / 1024)} МБ`;
  return { format: (publicPath.split('.').at(-1) ?? '').toUpperCase(), size };
}
