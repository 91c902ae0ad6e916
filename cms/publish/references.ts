/**
 * Fields that name an entry of another file by its id. Each file passes its own schema alone, so
 * an outage naming a network company that is not in the list (a typo, a company removed) would
 * publish and show the outage without its emergency phone; the publish check refuses it instead.
 */
import { join } from 'node:path';
import { readEntry } from './validate-content.ts';

interface Reference {
  /** The file whose list items carry the field, its list and field, and the field's Russian path. */
  file: string;
  list: string;
  field: string;
  label: string;
  /** The file, list and key of the entries it names, and their section in the admin. */
  target: { file: string; list: string; key: string; section: string };
}

export const REFERENCES: readonly Reference[] = [
  {
    file: 'content/power-outages.yaml',
    list: 'outages',
    field: 'network',
    label: 'Отключения → {n} → Сетевая организация',
    target: { file: 'content/network-companies.yaml', list: 'companies', key: 'id', section: 'Сетевые организации' },
  },
];

const itemsOf = (data: unknown, list: string): Array<Record<string, unknown>> => {
  const items = (data as Record<string, unknown> | null)?.[list];
  return Array.isArray(items) ? items.filter((item): item is Record<string, unknown> => typeof item === 'object') : [];
};

/** One line per dangling reference, naming the file, the item and the ids that exist. */
export function referenceProblems(root: string, references: readonly Reference[] = REFERENCES): string[] {
  return references.flatMap(({ file, list, field, label, target }) => {
    let items: Array<Record<string, unknown>>;
    let known: string[];
    try {
      items = itemsOf(readEntry(join(root, file)), list);
      known = itemsOf(readEntry(join(root, target.file)), target.list).map((item) => String(item[target.key]));
    } catch {
      // A file that does not read is already reported by validateContent.
      return [];
    }
    return items.flatMap((item, index) => {
      const value = item[field];
      // Anything but a filled-in string is the schema's to report.
      if (typeof value !== 'string' || value === '' || known.includes(value)) return [];
      const where = `${list}.${String(index)}.${field} («${label.replace('{n}', String(index + 1))}»)`;
      return [`${file}: ${where}: «${value}» нет в разделе «${target.section}»; выберите одну из: ${known.join(', ')}`];
    });
  });
}
