/**
 * Text helpers that also run in the browser, so they never import the dictionary: a `Translate`
 * is `t` on the server and `stringsFrom(element.dataset.strings)` in a client script.
 */
import type { UiKey } from './i18n.ts';

export type Translate = (key: UiKey) => string;

/** The strings a component rendered with `pickStrings`; a key it did not send reads as itself. */
export function stringsFrom(json: string | undefined): Translate {
  const strings = JSON.parse(json ?? '{}') as Partial<Record<UiKey, string>>;
  return (key) => strings[key] ?? key;
}

const pluralRules = new Intl.PluralRules('ru-RU');

/** `plural(3, { one: 'вопрос', few: 'вопроса', many: 'вопросов' })` → «3 вопроса». */
export function plural(count: number, forms: { one: string; few: string; many: string }): string {
  const category = pluralRules.select(count);
  const form = category === 'one' ? forms.one : category === 'few' ? forms.few : forms.many;
  return `${count} ${form}`;
}
