/**
 * Previews show what the editor is changing first: list items that differ from the file as it
 * was loaded (or are new) come before the others, so editing an older tariff period or one
 * office does not leave the change below the fold of the preview pane.
 */
import { canonical, parseYaml } from '../yaml-patch.ts';
import type { ImmutableMap } from '../decap.ts';

/** The list `key` of the file as Decap loaded it (none for a new entry or unreadable text). */
function loadedList(entry: ImmutableMap, key: string): unknown[] {
  const raw = entry.get('raw');
  if (typeof raw !== 'string' || raw === '') return [];
  try {
    const list = parseYaml(raw)[key];
    return Array.isArray(list) ? list : [];
  } catch {
    return [];
  }
}

/** `items` (the list `key` of the entry being edited) with the changed ones first, in their own order. */
export function editedFirst<T>(entry: ImmutableMap, key: string, items: T[]): T[] {
  const loaded = new Set(loadedList(entry, key).map(canonical));
  const edited = items.filter((item) => !loaded.has(canonical(item)));
  return [...edited, ...items.filter((item) => !edited.includes(item))];
}
