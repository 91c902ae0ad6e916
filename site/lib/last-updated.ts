/** The latest of several moments (ISO 8601), ignoring unknown ones. */
export function latestOf(dates: ReadonlyArray<string | null | undefined>): string | null {
  const known = dates.filter((date): date is string => Boolean(date));
  return known.sort((a, b) => Date.parse(a) - Date.parse(b)).at(-1) ?? null;
}

/** The latest change among content files, from the dates compiled in at build time. */
export function lastUpdatedOf(files: readonly string[]): string | null {
  // A path ending in «/» stands for every file under that folder, e.g. «content/faq/».
  return latestOf(
    files.flatMap((file) =>
      file.endsWith('/')
        ? Object.entries(__ES_CONTENT_DATES__).flatMap(([path, date]) => (path.startsWith(file) ? [date] : []))
        : [__ES_CONTENT_DATES__[file]],
    ),
  );
}
