/**
 * CSV for Russian spreadsheets: `;` separated, CRLF, a BOM so Excel reads UTF-8 Cyrillic,
 * and cells starting with = + - @ quoted with a leading apostrophe so they are never run as formulas.
 */
export function csvLine(cells: ReadonlyArray<string | number | null>): string {
  return (
    cells
      .map((cell) => {
        let text = cell === null ? '' : String(cell);
        if (/^[=+\-@]/.test(text)) text = `'${text}`;
        return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
      })
      .join(';') + '\r\n'
  );
}

export const CSV_BOM = '\uFEFF';
