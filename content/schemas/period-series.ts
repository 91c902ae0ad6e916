/**
 * Rules over a whole series of dated entries (tariffs, sales markups): for any one key (group and
 * zone) exactly one price applies on a day, and a period that has ended must be followed directly
 * by the next one. Used by the file schemas' `superRefine`, so the build fails with these messages.
 */
import { z } from 'zod';

export interface DatedEntry {
  /** First day, «YYYY-MM-DD». */
  validFrom: string;
  /** Last day, inclusive. */
  validTo: string;
}

export interface SeriesIssue {
  index: number;
  field: 'validFrom' | 'validTo';
  message: string;
}

/** «2026-07-01» → «01.07.2026», as editors write dates in letters. */
export function russianDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day ?? ''}.${month ?? ''}.${year ?? ''}`;
}

export function nextDay(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

function describe(entry: DatedEntry): string {
  return `с ${russianDate(entry.validFrom)} по ${russianDate(entry.validTo)}`;
}

/** «для: А; Б; В и ещё 2» — keeps a message readable; «всех цен периода» when the whole entry is affected. */
function listLabels(labels: readonly string[], total: number): string {
  if (labels.length === total && total > 1) return 'для всех цен этого периода';
  const shown = labels.slice(0, 3).join('; ');
  return `для: ${labels.length > 3 ? `${shown} и ещё ${labels.length - 3}` : shown}`;
}

/**
 * @param keysOf the keys an entry sets a price for, mapped to their Russian labels
 * @param today «YYYY-MM-DD» in the company time zone
 */
export function periodSeriesIssues<T extends DatedEntry>(
  entries: readonly T[],
  keysOf: (entry: T) => ReadonlyMap<string, string>,
  today: string,
): SeriesIssue[] {
  const issues: SeriesIssue[] = [];
  entries.forEach((entry, index) => {
    const keys = keysOf(entry);
    entries.slice(0, index).forEach((earlier, earlierIndex) => {
      if (entry.validFrom > earlier.validTo || earlier.validFrom > entry.validTo) return;
      const shared = [...keys].filter(([key]) => keysOf(earlier).has(key)).map(([, label]) => label);
      if (shared.length === 0) return;
      issues.push({
        index,
        field: 'validFrom',
        message: `Период ${describe(entry)} пересекается с периодом ${describe(earlier)} (запись ${earlierIndex + 1}) ${listLabels(shared, keys.size)}. В один день действует одна цена: исправьте даты`,
      });
    });

    if (entry.validTo >= today) return;
    const successorStart = nextDay(entry.validTo);
    const successors = entries.filter((other) => other.validFrom === successorStart);
    const orphaned = [...keys]
      .filter(([key]) => !successors.some((successor) => keysOf(successor).has(key)))
      .map(([, label]) => label);
    if (orphaned.length === 0) return;
    issues.push({
      index,
      field: 'validTo',
      message: `Период ${describe(entry)} закончился, а цены с ${russianDate(successorStart)} не внесены ${listLabels(orphaned, keys.size)}. Добавьте следующий период по новому решению регулятора`,
    });
  });
  return issues;
}

const isDate = (iso: string): boolean => !Number.isNaN(Date.parse(iso));

/**
 * An entry's own dates: the end may not come before the start. Use with `.refine(...ENDS_AFTER_START)`.
 * A malformed date already has its own message, so it is not compared.
 */
export const ENDS_AFTER_START: [(period: DatedEntry) => boolean, { path: string[]; message: string }] = [
  (period: DatedEntry) => !isDate(period.validFrom) || !isDate(period.validTo) || period.validTo >= period.validFrom,
  { path: ['validTo'], message: 'Дата окончания (validTo) раньше даты начала (validFrom): проверьте даты периода' },
];

/**
 * A YAML file holding the series under `periods:` (Decap cannot edit a file whose root is a list):
 * the entries only, as the CMS form shows them.
 */
export function periodListSchema<Entry extends DatedEntry>(entry: z.ZodType<Entry>, emptyMessage: string) {
  return z.object({
    periods: z.array(entry, { message: emptyMessage }).min(1, { message: emptyMessage }).meta({
      title: 'Периоды',
      description: 'Один период — одно решение регулятора. Новый период добавьте в конец; прошлые не меняйте',
    }),
  });
}

/** The same file with the rules across entries checked as of `today`. */
export function periodFileSchema<Entry extends DatedEntry>(
  entry: z.ZodType<Entry>,
  keysOf: (entry: Entry) => ReadonlyMap<string, string>,
  today: string,
  emptyMessage: string,
) {
  return periodListSchema(entry, emptyMessage).superRefine((file, ctx) => {
    for (const issue of periodSeriesIssues(file.periods, keysOf, today)) {
      ctx.addIssue({ code: 'custom', path: ['periods', issue.index, issue.field], message: issue.message });
    }
  });
}
