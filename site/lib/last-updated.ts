/** The latest change among content files, from the dates compiled in at build time. */
export function lastUpdatedOf(files: readonly string[]): string | null {
  const dates = files.map((file) => __ES_CONTENT_DATES__[file]).filter((date): date is string => Boolean(date));
  return dates.sort((a, b) => Date.parse(a) - Date.parse(b)).at(-1) ?? null;
}
