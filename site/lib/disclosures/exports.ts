/**
 * The disclosure report in its three published forms — the summary line of the report page,
 * /disclosures.json and /disclosures.csv — built from the same rows, so the build step that
 * marks an item failing its content checks (site/integrations/disclosure-targets.ts) rewrites all
 * three the same way the pages first rendered them.
 */
import { toCsv } from '../../../core/csv.ts';
import { escapeHtml } from '../../../core/escape-html.ts';
import { t, type UiKey } from '../../../core/i18n/i18n.ts';
import { plural } from '../../../core/i18n/strings.ts';
import type { DisclosureRow } from './evaluate.ts';

/** A row as published: the reason (not applicable) or the problem (missing, stale) as `note`. */
export interface PublishedRow {
  id: string;
  title: string;
  basis: string;
  status: string;
  url: string | null;
  updatedAt: string | null;
  note: string | null;
}

export function publishedRow(row: DisclosureRow): PublishedRow {
  const { id, title, basis, status, url, updatedAt } = row;
  return { id, title, basis, status, url, updatedAt, note: row.note ?? row.problem };
}

export function statusText(status: string): string {
  return t(`disclosure.status.${status}` as UiKey);
}

/** «OK — 39 пунктов; пример — 28 пунктов; не применяется — 2 пункта». */
export function disclosureSummary(rows: ReadonlyArray<Pick<PublishedRow, 'status'>>): string {
  const counts = new Map<string, number>();
  for (const { status } of rows) counts.set(status, (counts.get(status) ?? 0) + 1);
  return [...counts]
    .map(
      ([status, count]) => `${statusText(status)} — ${plural(count, { one: 'пункт', few: 'пункта', many: 'пунктов' })}`,
    )
    .join('; ');
}

export function disclosuresCsv(rows: readonly PublishedRow[]): string {
  const lines = rows.map((row) => ({
    ...row,
    url: row.url ?? '',
    updatedAt: row.updatedAt ?? '',
    note: row.note ?? '',
  }));
  return toCsv(lines, ['id', 'title', 'basis', 'status', 'url', 'updatedAt', 'note']);
}

/**
 * The report page's entry of an item that failed its content checks: status «нет данных» and the
 * problem as its note (an item reaching this point had none: ok and sample items carry no note).
 */
export function markMissing(html: string, row: PublishedRow): string {
  const item = new RegExp(
    `(<li id="punkt-${row.id.toLowerCase()}"[^>]*data-status=")[^"]*("[\\s\\S]*?data-role="status"[^>]*>)[^<]*([\\s\\S]*?)(</dl>)`,
  );
  const note = `<dt class="font-semibold">${t('disclosure.note')}</dt><dd>${escapeHtml(row.note ?? '')}</dd>`;
  return html.replace(
    item,
    (_, open: string, status: string, rest: string, end: string) =>
      `${open}missing${status}${statusText('missing')}${rest}${note}${end}`,
  );
}

/** The summary line «Итого: …» recounted after items were marked. */
export function recount(html: string, rows: readonly PublishedRow[]): string {
  return html.replace(/(<span data-role="summary">)[^<]*/, (_, open: string) => `${open}${disclosureSummary(rows)}`);
}
