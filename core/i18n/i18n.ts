/** Russian UI strings by dotted key. */
import strings from './ru.json' with { type: 'json' };

export type UiKey = keyof typeof strings;

export function t(key: UiKey): string {
  return strings[key];
}

/**
 * The few strings one client script needs, as JSON for a data attribute of its component: the
 * browser then never downloads the whole dictionary.
 */
export function pickStrings(keys: readonly UiKey[]): string {
  return JSON.stringify(Object.fromEntries(keys.map((key) => [key, t(key)])));
}
