/**
 * Evaluates the disclosure registry against the site's content: which requirement is published,
 * stale, a sample or missing. Pure: content, sample flags, dates and "today" come in as data,
 * so the check is tested with fixtures and the real build uses the same function.
 */
import type { Disclosure, DisclosurePlace } from '../../../content/schemas/disclosure.ts';
import { periodicProblem } from './periodic.ts';
import { sentence } from '../../../core/format.ts';

export type DisclosureStatus = 'ok' | 'stale' | 'sample' | 'missing' | 'not-applicable';

export interface DisclosureContext {
  /** Entries of every content collection by name, as plain data. */
  collections: ReadonlyMap<string, ReadonlyArray<Record<string, unknown>>>;
  /** company.yaml fields that still hold sample values. */
  companySampleFields: readonly string[];
  /** «YYYY-MM-DD» in the company time zone. */
  today: string;
  /** Last update of an item (from git history of its files), ISO date-time or null. */
  updatedAt: (item: Disclosure) => string | null;
}

export interface DisclosureRow {
  id: string;
  title: string;
  basis: string;
  status: DisclosureStatus;
  /** Where it is published («/oplata/#sroki»), or null when not applicable. */
  url: string | null;
  updatedAt: string | null;
  required: boolean;
  /** What is wrong, in Russian, for the build error and the report. */
  problem: string | null;
  /** Reason when not applicable. */
  note: string | null;
}

/** Every place an item must be published: its target first, then `alsoAt`. */
export function disclosurePlaces(item: Disclosure): DisclosurePlace[] {
  return item.target.type === 'not-applicable' ? [] : [item.target, ...item.alsoAt];
}

/** «/oplata/#sroki», or the bare path without an anchor. */
export function placeUrl(place: DisclosurePlace): string {
  return place.anchor ? `${place.path}#${place.anchor}` : place.path;
}

/** A problem of a further place names it, so the editor knows which of the item's places failed. */
export function problemAt(places: readonly DisclosurePlace[], index: number, problem: string): string {
  const place = places[index];
  return index === 0 || !place ? problem : `${placeUrl(place)}: ${problem}`;
}

function matches(entry: Record<string, unknown>, where: Record<string, string | boolean>): boolean {
  return Object.entries(where).every(([field, value]) => entry[field] === value);
}

interface PlaceCheck {
  status: 'ok' | 'sample' | 'missing' | 'stale';
  problem: string | null;
}

function checkPlace(place: DisclosurePlace, context: DisclosureContext): PlaceCheck {
  if (place.type === 'page') return { status: 'ok', problem: null };
  const entries = (context.collections.get(place.collection) ?? []).filter((entry) => matches(entry, place.where));
  if (entries.length === 0) {
    return { status: 'missing', problem: `в коллекции «${place.collection}» нет подходящих записей` };
  }
  const problem = place.rule ? periodicProblem(place.rule, entries, context.today) : null;
  if (problem) return { status: 'stale', problem };
  return { status: entries.some((entry) => entry['sample'] === true) ? 'sample' : 'ok', problem: null };
}

export function evaluateDisclosure(item: Disclosure, context: DisclosureContext): DisclosureRow {
  const row: DisclosureRow = {
    id: item.id,
    title: item.title,
    basis: item.basis.join('; '),
    status: 'ok',
    url: null,
    updatedAt: null,
    required: item.required,
    problem: null,
    note: null,
  };
  const { target } = item;
  if (target.type === 'not-applicable') {
    return {
      ...row,
      status: 'not-applicable',
      note: `${sentence(target.reason)} Основание: ${sentence(target.legalBasis)}`,
    };
  }

  row.url = placeUrl(target);
  row.updatedAt = context.updatedAt(item);
  const places = disclosurePlaces(item);
  const checks = places.map((place) => checkPlace(place, context));
  const failed = checks.findIndex((check) => check.problem !== null);
  const failure = checks[failed];
  if (failure?.problem) return { ...row, status: failure.status, problem: problemAt(places, failed, failure.problem) };
  const sample =
    item.sample ||
    item.companyFields.some((field) => context.companySampleFields.includes(field)) ||
    checks.some((check) => check.status === 'sample');
  return { ...row, status: sample ? 'sample' : 'ok' };
}

/** Throws, naming every failing required item, when the registry is not satisfied. */
export function assertDisclosuresComplete(rows: readonly DisclosureRow[]): void {
  const failures = rows.filter((row) => row.required && (row.status === 'missing' || row.status === 'stale'));
  if (failures.length === 0) return;
  const lines = failures.map((row) => `  ${row.id} «${row.title}»: ${row.problem ?? row.status}`);
  throw new Error(`Раскрытие информации не выполнено (content/disclosures.yaml):\n${lines.join('\n')}`);
}
