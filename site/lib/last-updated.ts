/** The latest change among content files, from the dates compiled in at build time. */
export function lastUpdatedOf(files: readonly string[]): string | null {
  // A path ending in «/» stands for every file under that folder, e.g. «content/faq/».
  const dates = files.flatMap((file) =>
    file.endsWith('/')
      ? Object.entries(__ES_CONTENT_DATES__).flatMap(([path, date]) => (path.startsWith(file) ? [date] : []))
      : [__ES_CONTENT_DATES__[file]],
  );
  const known = dates.filter((date): date is string => Boolean(date));
  return known.sort((a, b) => Date.parse(a) - Date.parse(b)).at(-1) ?? null;
}
