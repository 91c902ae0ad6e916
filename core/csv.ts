/**
 * The one CSV writer for every export (RFC 4180): quoted where needed, CRLF line ends, a BOM so
 * Excel reads UTF-8 Cyrillic. Open data uses `,`; staff and auditor exports use `;`, which Russian
 * Excel splits into columns. Text starting with = + - @ tab or CR gets a leading apostrophe, so a
 * spreadsheet never runs it as a formula (OWASP «CSV injection»); numbers and booleans stay as they are.
 */

export type CsvCell = string | number | boolean | null;
export type CsvSeparator = ',' | ';';

export const CSV_BOM = '\uFEFF';

function cell(value: CsvCell, separator: CsvSeparator): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record with its CRLF, for exports streamed line by line. */
export function csvLine(cells: readonly CsvCell[], separator: CsvSeparator = ','): string {
  return `${cells.map((value) => cell(value, separator)).join(separator)}\r\n`;
}

/** A whole file: BOM, a header of column names, one line per row. */
export function toCsv<Row extends { [Key in keyof Row]: CsvCell }>(
  rows: readonly Row[],
  columns: ReadonlyArray<keyof Row & string>,
  separator: CsvSeparator = ',',
): string {
  const lines = [
    csvLine(columns, separator),
    ...rows.map((row) =>
      csvLine(
        columns.map((column) => row[column]),
        separator,
      ),
    ),
  ];
  return CSV_BOM + lines.join('');
}
