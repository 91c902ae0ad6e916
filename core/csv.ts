/**
 * CSV for re-use (RFC 4180): comma-separated (or `;` for Excel in Russian locales), quoted where
 * needed, CRLF, with a BOM so Excel reads UTF-8.
 */

type Separator = ',' | ';';

function cell(value: string | number | boolean, separator: Separator): string {
  const text = String(value);
  return /["\r\n]/.test(text) || text.includes(separator) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv<Row extends { [Key in keyof Row]: string | number | boolean }>(
  rows: readonly Row[],
  columns: ReadonlyArray<keyof Row & string>,
  { separator = ',' }: { separator?: Separator } = {},
): string {
  const lines = [
    columns.join(separator),
    ...rows.map((row) => columns.map((column) => cell(row[column], separator)).join(separator)),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
