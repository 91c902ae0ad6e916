/** CSV for re-use (RFC 4180): comma-separated, quoted where needed, CRLF, with a BOM so Excel reads UTF-8. */

function cell(value: string | number | boolean): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv<Row extends { [Key in keyof Row]: string | number | boolean }>(
  rows: readonly Row[],
  columns: ReadonlyArray<keyof Row & string>,
): string {
  const lines = [columns.join(','), ...rows.map((row) => columns.map((column) => cell(row[column])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
